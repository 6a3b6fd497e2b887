using ScalingLaws.Analysis;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Planning;
using ScalingLaws.Report;
using ScalingLaws.Report.Html;

namespace ScalingLaws.Tests.Report;

/// <summary>
/// The report's Approach 2 part: budgets found from the runs, a from the IsoFLOP profiles beside the fitted
/// law's with their bootstrap intervals, and a note instead of profiles when the runs are no IsoFLOP design.
/// </summary>
public sealed class ReportApproach2Tests
{
    [Fact]
    public void Chinchilla_report_shows_both_exponents_with_bootstrap_intervals()
    {
        var data = ReportFixtures.Chinchilla;
        var page = ReportPage.Build(data);

        var exponents = data.Exponents!;
        Assert.Equal(data.IsoFlop!.ParamsExponent, exponents.Approach2.Value);
        Assert.Equal(0.518, exponents.Approach2.Value, 0.005);
        // Epoch's refit of these 240 rows implies a ≈ 0.513 (shared/data/README.md).
        Assert.Equal(0.513, exponents.Approach3.Value, 0.003);
        Assert.Equal(("bootstrap", "bootstrap"), (exponents.Approach2.IntervalSource, exponents.Approach3.IntervalSource));
        Assert.False(exponents.Disagree);
        Assert.Contains("Budgets: 9 budgets found at round values of compute (1-3-6 × 10^k, runs within ±0.08 dex); 80 runs lie off them and are not used.", page);
        Assert.Contains($"Approach 2 gives a = {ReportFormat.Value(exponents.Approach2.Value)} (95 %", page);
        Assert.Contains("the fitted law (Approach 3) gives a = ", page);
        Assert.DoesNotContain("disagree", page);
    }

    [Fact]
    public void Runs_scattered_over_N_and_D_get_a_note_instead_of_profiles()
    {
        // 60 runs, each its own size (so no training curves), N and D log-uniform over 2 decades (seed 7).
        var random = new Random(7);
        var rows = Enumerable.Range(0, 60).Select(_ =>
        {
            var (n, d) = (1e8 * Math.Pow(100, random.NextDouble()), 1e9 * Math.Pow(100, random.NextDouble()));
            return new Observation(n, d, Compute.Flops(n, d), TrainingCurves.Loss(n, d));
        });
        var data = ReportAnalysis.Run(new ObservationTable([.. rows], "scatter"), new ReportSettings { Fitter = new LawFitter(ChinchillaLaw.Instance) });

        Assert.Null(data.IsoFlop);
        Assert.Null(data.Exponents);
        Assert.StartsWith("Approach 2 cannot be applied to this design: compute varies continuously", data.IsoFlopNote);
        Assert.EndsWith("The fitted law (Approach 3) is the estimate of the compute-optimal exponent here.", data.IsoFlopNote);
        Assert.Contains("No IsoFLOP profiles: Approach 2 cannot be applied to this design", ReportPage.Build(data));
    }
}
