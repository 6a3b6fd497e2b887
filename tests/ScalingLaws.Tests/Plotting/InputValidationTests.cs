using ScalingLaws.Data;
using ScalingLaws.Plotting;

namespace ScalingLaws.Tests.Plotting;

/// <summary>Bad plot inputs fail with one-line ScalingLawsExceptions, before anything is drawn.</summary>
public sealed class InputValidationTests
{
    [Fact]
    public void No_budgets() => Fails(() => ScalingPlots.IsoFlopProfiles([]), "no IsoFLOP budgets");

    [Fact]
    public void Parabola_needs_three_coefficients() =>
        Fails(() => ScalingPlots.IsoFlopProfiles([PlotFixtures.Profiles()[0] with { Parabola = [1.0, 2.0] }]), "3 coefficients");

    [Fact]
    public void Runs_need_positive_sizes() =>
        Fails(() => ScalingPlots.IsoFlopProfiles([new IsoFlopProfilePlotData(1e20, [(0, 2.5), (1e9, 2.4)])]), "non-positive size");

    [Fact]
    public void Loss_levels_must_exceed_E() =>
        Fails(() => ScalingPlots.IsoLossContours(PlotFixtures.Law, lossLevels: [1.5, 2.5]), "irreducible loss");

    [Fact]
    public void Budgets_must_be_positive() =>
        Fails(() => ScalingPlots.IsoLossContours(PlotFixtures.Law, budgets: [-1e20]), "positive number of FLOPs");

    [Fact]
    public void Loss_vs_compute_needs_runs_or_law() =>
        Fails(() => ScalingPlots.LossVsCompute([new Observation(double.NaN, double.NaN, double.NaN, 2.5)]), "nothing to plot");

    [Fact]
    public void Loss_vs_compute_derives_compute_from_params_and_tokens()
    {
        var plot = ScalingPlots.LossVsCompute([new Observation(1e9, 2e10, double.NaN, 2.4), new Observation(2e9, 4e10, double.NaN, 2.3)]);
        var limits = plot.Axes.GetLimits();
        Assert.InRange(Math.Log10(Compute.Flops(1e9, 2e10)), limits.Left, limits.Right);
        Assert.InRange(Math.Log10(Compute.Flops(2e9, 4e10)), limits.Left, limits.Right);
    }

    [Fact]
    public void Predictions_must_match_observations() =>
        Fails(() => ScalingPlots.PredictedVsObserved(new PredictedVsObservedPlotData([2.0, 2.1], [2.0])), "one prediction per observation");

    private static void Fails(Action action, string fragment)
    {
        var e = Assert.Throws<ScalingLawsException>(action);
        Messages.AssertOneLine(e.Message, fragment);
    }
}
