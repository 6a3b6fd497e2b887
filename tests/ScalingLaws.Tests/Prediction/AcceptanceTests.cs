using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.IO.Datasets;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;
using ScalingLaws.Tests.Cli;
using Xunit.Abstractions;

namespace ScalingLaws.Tests.Prediction;

/// <summary>
/// Issue 12 §3 on public sweeps: fitted on the smaller runs and asked for the larger ones, the predictive
/// 95% interval covers 85–99% of held-out runs and its mean half-width is at most 3× the mean relative
/// error. Every interval is built from earlier cut points only (or from a prior measured without the
/// family), so the runs it is scored on never built it. The README table gives the same numbers.
/// </summary>
public sealed class AcceptanceTests(ITestOutputHelper output)
{
    private static ObservationTable Dataset(string name, string? family = null, double minTokens = 0)
    {
        var table = DatasetCatalog.Load(name, TestData.SharedData);
        return table.Where(r => (family is null || r.Family == family) && r.Tokens > minTokens);
    }

    private BacktestSummary Check(BacktestSummary summary, string what)
    {
        output.WriteLine($"{what}: coverage {summary.Coverage:P1} of {summary.Runs:G3} runs, half-width {summary.WidthRatio:F2}× the mean error {summary.MeanRelativeError:P2}");
        Assert.InRange(summary.Coverage, 0.85, 0.99);
        Assert.True(summary.WidthRatio <= 3, $"{what}: half-width {summary.WidthRatio:F2}× the mean error");
        return summary;
    }

    [Fact]
    public void Chinchilla_by_size_intervals_from_its_own_backtests()
    {
        // The extraction as the README reads it: each IsoFLOP point is its own run.
        var file = Path.Combine(TestData.SharedData, "chinchilla-epoch", "svg_extracted_data.csv");
        var table = RowRules.DropHighestLoss(TableReader.Read(file, new ReadOptions()), 5);

        var result = new Backtest().Run(ChinchillaLaw.Instance, table);

        Check(result.SummaryOf(ErrorModelSource.Backtest), "Chinchilla, own backtests");
    }

    [Fact]
    public void Gpt3_by_size_intervals_from_its_own_backtests()
    {
        var result = new Backtest(new BacktestSettings { FitOptions = HitchhikerPrior.Settings.FitOptions })
            .Run(ChinchillaLaw.Instance, Dataset("gpt3", "GPT-3", HitchhikerPrior.MinTokens));

        Check(result.SummaryOf(ErrorModelSource.Backtest), "GPT-3, own backtests");
    }

    [Fact]
    public void Pythia_by_size_every_cut_with_a_prior_measured_without_pythia()
    {
        var prior = HitchhikerPrior.Measure(HitchhikerPriorData.Load(TestData.SharedData, ["Pythia"]));

        var result = new Backtest(new BacktestSettings { FitOptions = HitchhikerPrior.Settings.FitOptions, Prior = prior })
            .Run(ChinchillaLaw.Instance, Dataset("pythia", "Pythia", HitchhikerPrior.MinTokens));

        Check(result.Summary, "Pythia, all cuts");
    }
}
