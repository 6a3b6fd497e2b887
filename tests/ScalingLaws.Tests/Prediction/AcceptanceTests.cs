using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.IO.Datasets;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

/// <summary>
/// Issue 12 §3 on public sweeps: fitted on the smaller (or shorter-trained) runs and asked for the larger
/// (longer) ones, the predictive 95% interval covers 88–98% of held-out runs and its mean half-width is at
/// most 3× the mean relative error. Every interval is built from earlier cut points only (or from a prior measured without the
/// family), so the runs it is scored on never built it. The table of docs/fitting.md gives the same numbers.
/// </summary>
public sealed class AcceptanceTests(ITestOutputHelper output)
{
    private static ObservationTable Dataset(string name, string? family = null, double minTokens = 0)
    {
        var table = DatasetCatalog.Load(name, TestData.SharedData);
        return table.Where(r => (family is null || r.Family == family) && r.Tokens > minTokens);
    }

    // The rows of `scaling backtest --dataset NAME --min-tokens 10B`, as the table of docs/fitting.md reads them.
    private static ObservationTable FromTenBillionTokens(string name) =>
        RowRules.MinTokens(DatasetCatalog.Load(name, TestData.SharedData), HitchhikerPrior.MinTokens);

    private BacktestSummary Check(BacktestSummary summary, string what)
    {
        output.WriteLine($"{what}: coverage {summary.Coverage:P1} of {summary.Runs:G3} runs, half-width {summary.WidthRatio:F2}× the mean error {summary.MeanRelativeError:P2}");
        Assert.InRange(summary.Coverage, 0.88, 0.98);
        Assert.True(summary.WidthRatio <= 3, $"{what}: half-width {summary.WidthRatio:F2}× the mean error");
        return summary;
    }

    [Fact]
    public void Chinchilla_by_size_intervals_from_its_own_backtests()
    {
        // The extraction as docs/fitting.md reads it: each IsoFLOP point is its own run.
        var file = ChinchillaEpoch.Path;
        var table = RowRules.DropHighestLoss(TableReader.Read(file, new ReadOptions()), 5);

        var result = new Backtest().Run(ChinchillaLaw.Instance, table);

        Check(result.Summary, "Chinchilla, all cuts");
        Check(result.SummaryOf(ErrorModelSource.Backtest), "Chinchilla, own backtests");
    }

    [Fact]
    public void Pythia_by_size_every_cut_and_the_prior_only_cuts_with_a_prior_measured_without_pythia()
    {
        var prior = HitchhikerPrior.Measure(HitchhikerPriorData.Load(TestData.SharedData, ["Pythia"]));

        var result = new Backtest(new BacktestSettings { FitOptions = HitchhikerPrior.Settings.FitOptions, Prior = prior })
            .Run(ChinchillaLaw.Instance, Dataset("pythia", "Pythia", HitchhikerPrior.MinTokens));

        Check(result.Summary, "Pythia, all cuts");
        var first = Check(result.SummaryOf(ErrorModelSource.Prior), "Pythia, prior only");
        Assert.Equal(12, first.Runs, 1e-9);
    }

    [Fact]
    public void Gpt3_by_run_length_prior_only_cuts_with_a_prior_measured_without_gpt3()
    {
        var prior = HitchhikerPrior.Measure(HitchhikerPriorData.Load(TestData.SharedData, ["GPT-3"]));

        var result = new Backtest(new BacktestSettings { Order = BacktestOrder.RunLength, Prior = prior })
            .Run(ChinchillaLaw.Instance, Dataset("gpt3", "GPT-3", HitchhikerPrior.MinTokens));

        Check(result.Summary, "GPT-3 by run length, all cuts");
        Check(result.SummaryOf(ErrorModelSource.Backtest), "GPT-3 by run length, own backtests");
        var first = Check(result.SummaryOf(ErrorModelSource.Prior), "GPT-3 by run length, prior only");
        Assert.Equal(24, first.Runs, 1e-9);
    }

    private static BacktestSummary OwnBacktestsByRunLength(string dataset, string? priorFamily) =>
        ByRunLength(dataset, priorFamily).SummaryOf(ErrorModelSource.Backtest);

    private static BacktestResult ByRunLength(string dataset, string? priorFamily)
    {
        // The first cuts' prior is measured without the family, as `backtest --prior-without` does; OLMo is not in the prior.
        var prior = priorFamily is null ? HitchhikerPrior.Relative : HitchhikerPrior.Measure(HitchhikerPriorData.Load(TestData.SharedData, [priorFamily]));

        return new Backtest(new BacktestSettings { Order = BacktestOrder.RunLength, Prior = prior, SplitFamilies = true })
            .Run(ChinchillaLaw.Instance, FromTenBillionTokens(dataset));
    }

    [Fact]
    public void Opt_by_run_length_all_cuts_and_own_backtests()
    {
        var result = ByRunLength("opt", "OPT");
        Check(result.Summary, "opt by run length, all cuts");
        Check(result.SummaryOf(ErrorModelSource.Backtest), "opt by run length, own backtests");
        // Its first 3 cuts fit a run with a single checkpoint beside runs of several; with that row left out of the residual scale
        // (ResidualScale.RowsPerRun) their prior cell meets the target too (it covered all 18 runs at 3.08× before).
        Check(result.SummaryOf(ErrorModelSource.Prior), "opt by run length, prior only");
    }

    [Fact]
    public void Olmo_by_run_length_own_backtests_cover_but_are_just_too_wide()
    {
        // Not a pass, measured as it is: OLMo-1B's last checkpoint (cut 15, ln A past 709) was predicted no finite loss in natural
        // units and counted as a miss (93.1% at 2.91×); predicted from the fitting scale it is 0.1% off and covered.
        var summary = OwnBacktestsByRunLength("olmo", null);

        Assert.InRange(summary.Coverage, 0.88, 0.98);
        Assert.InRange(summary.WidthRatio, 3.0, 3.1);
    }

    [Fact]
    public void Datablations_by_run_length_cannot_pass_while_the_first_cuts_keep_an_interval()
    {
        // Not a pass, measured as it is (docs/fitting.md, "Why datablations by run length stays below 88%"): the first cut of 9
        // families fits 20 early checkpoints (to 2B tokens) and misses its 2 held-out runs by 0.45–0.74 in ln L, 28–42× beyond,
        // under prior intervals of a fit whose residual scale is read from the 2.8B run's 19 checkpoints (the 4.2B run's one fitted row
        // no longer counts: ResidualScale.RowsPerRun), 4× wider than at the floor and still covering 4–8% of each run's checkpoints
        // (0.2–1.7% before). Those 18 runs alone keep the cell below 88%.
        var result = new Backtest(new BacktestSettings { Order = BacktestOrder.RunLength, SplitFamilies = true })
            .Run(ChinchillaLaw.Instance, Dataset("datablations"));

        var firstCuts = result.Fits.GroupBy(f => f.Cut.Family).Select(g => g.Min(f => f.Cut.Index)).ToHashSet();
        var missed = result.Predictions.Where(p => firstCuts.Contains(p.Cut)).GroupBy(p => (p.Cut, p.Run))
            .Where(run => run.Where(p => p.Covered).Sum(p => p.Weight) < 0.1 * run.Sum(p => p.Weight))
            .ToArray();
        // These ill-determined fits end wherever round-off leads them: 20 missed of 131 runs (256-bit lanes) against 18 of 135
        // (512-bit) before Chinchilla's one-pass Huber kernel, which sums with 256-bit lanes on every machine and gives 18 of 128.
        Assert.Equal(18, missed.Length);
        Assert.All(missed, run => Assert.Equal(ErrorModelSource.Prior, run.First().Source));
        var summary = result.Summary;
        Assert.Equal(128, summary.Runs, 1e-6);
        Assert.True(summary.Coverage < 1 - 17.0 / summary.Runs, $"coverage {summary.Coverage:P1}");
        Assert.InRange(summary.Coverage, 0.86, 0.87); // 86.5%
    }

    [Fact]
    public void Pythia_four_families_by_run_length_every_cut_with_a_prior_measured_without_pythia()
    {
        string[] pythia = ["Pythia", "Pythia-deduped", "Pythia-v0", "Pythia-v0-deduped"];
        var prior = HitchhikerPrior.Measure(HitchhikerPriorData.Load(TestData.SharedData, pythia));

        var result = new Backtest(new BacktestSettings { Order = BacktestOrder.RunLength, Prior = prior, SplitFamilies = true })
            .Run(ChinchillaLaw.Instance, FromTenBillionTokens("pythia"));

        Check(result.Summary, "Pythia by run length, all cuts");
        Check(result.SummaryOf(ErrorModelSource.Backtest), "Pythia by run length, own backtests");
        Check(result.SummaryOf(ErrorModelSource.Prior), "Pythia by run length, prior only");
    }
}
