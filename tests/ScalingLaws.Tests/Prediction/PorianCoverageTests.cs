using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

/// <summary>
/// Porian et al.'s IsoFLOP sweeps backtested by compute budget, as `scaling backtest ../shared/data/porian/isoflop_points.csv
/// --where source=S --where config_index=C --backtest-by flops` runs them (docs/fitting.md, "Does it cover?"). No interval constant
/// was measured on them. Held-out IsoFLOP points of the next budget mostly lie inside the fitted ranges of N and D (distance 0),
/// which is where the binned error model once set σ0 to its floor and its multiplier to 282, and where the distance counted
/// nothing until it measured compute C = 6ND against the fitted runs' (<see cref="ExtrapolationDistance.Compute"/>).
/// </summary>
public sealed class PorianCoverageTests(ITestOutputHelper output)
{
    private static BacktestResult ByFlops(string source, int config)
    {
        var rows = PorianSweeps.Sweep(source, config);
        var settings = new BacktestSettings { Order = BacktestOrder.Flops, SplitFamilies = true, FitOptions = FitOptions.Default with { StartStride = 2 } };
        return new Backtest(settings).Run(ChinchillaLaw.Instance, rows);
    }

    private HeldOutCoverage Report(HeldOutCoverage summary, string what)
    {
        output.WriteLine($"{what}: coverage {summary.Coverage:P1} of {summary.Runs:G3} runs, half-width {summary.WidthRatio:F2}× the mean error {summary.MeanRelativeError:P2}");
        return summary;
    }

    [Fact]
    public void Summary_df_4_own_models_keep_a_sigma0_and_a_sane_width()
    {
        var result = ByFlops("summary_df", 4);

        // Was 71.8% at 9.6e7× (own cuts 99.4% at 2.7e8×): σ0 = 0.001 and multipliers of 16–282 from one-run bins; then 71.8% at
        // 1.71× with the bins mended, the prior-sourced first cuts covering 52.9%: their next budgets lay at distance 0.
        var all = Report(result.Summary, "summary_df 4 by flops, all cuts");
        var own = Report(result.SummaryOf(ErrorModelSource.Backtest), "summary_df 4 by flops, own backtests");
        var prior = Report(result.SummaryOf(ErrorModelSource.Prior), "summary_df 4 by flops, prior");
        Assert.InRange(all.Coverage, 0.88, 0.98); // 90.0%: the target
        Assert.InRange(all.WidthRatio, 1.8, 3.0); // 2.09×
        Assert.InRange(own.WidthRatio, 2.7, 3.5); // 3.10×
        Assert.InRange(own.Coverage, 0.95, 1.0); // 97.5%
        Assert.InRange(prior.Coverage, 0.80, 0.90); // 84.9%, was 52.9% at distance 0
        Assert.All(result.Fits.Where(f => f.Model?.Source == ErrorModelSource.Backtest), f =>
        {
            Assert.True(f.Model!.Sigma0 > 0.02, $"cut {f.Cut.Index}: σ0 {f.Model.Sigma0}");
            Assert.True(f.Model.Multiplier < 13, $"cut {f.Cut.Index}: multiplier {f.Model.Multiplier}"); // 12.1 at most (cut 4), was 282
        });
    }

    [Fact]
    public void Summary_df_0_backtests_where_a_cut_fit_has_a_parameter_without_curvature()
    {
        // One cut's fit ended where the objective no longer feels one parameter; its Newton finish crashed the backtest before.
        var all = Report(ByFlops("summary_df", 0).Summary, "summary_df 0 by flops, all cuts");

        Assert.InRange(all.Coverage, 0.93, 0.98); // 96.0% (89.6% before compute counted)
        Assert.InRange(all.WidthRatio, 2.3, 3.0); // 2.69× (2.53×)
    }

    [Fact]
    public void Owt2_4_meets_the_target_once_compute_beyond_the_fitted_budgets_counts()
    {
        // OpenWebText2, tuned optimizer, no decay: 68.4% at 1.43× when the next budgets' points, inside both ranges, lay at distance 0.
        var all = Report(ByFlops("summary_df_owt2", 4).Summary, "summary_df_owt2 4 by flops, all cuts");

        Assert.InRange(all.Coverage, 0.88, 0.98); // 88.7%
        Assert.InRange(all.WidthRatio, 1.5, 3.0); // 1.73×
    }
}
