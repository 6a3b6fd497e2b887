using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

/// <summary><see cref="HeldOutCoverage"/>: coverage, mean relative error and half-width of held-out rows, each run weighing 1 (a backtest's and predict's).</summary>
public sealed class HeldOutCoverageTests
{
    [Fact]
    public void Rows_with_a_loss_and_an_interval_are_scored_and_the_others_left_out()
    {
        var coverage = HeldOutCoverage.Of(
        [
            (Observed: 2.0, Predicted: 2.1, Lower: 1.9, Upper: 2.3, Run: 0),   // inside: error 5%, half-width 0.2/2.1
            (Observed: 3.0, Predicted: 2.7, Lower: 2.6, Upper: 2.8, Run: 1),   // outside: error 10%, half-width 0.1/2.7
            (Observed: double.NaN, Predicted: 2.0, Lower: 1.8, Upper: 2.2, Run: 2), // no loss observed: not scored
        ])!;

        Assert.Equal((2, 1, 2), (coverage.Rows, coverage.Covered, coverage.Runs));
        Assert.Equal(0.5, coverage.Coverage);
        Assert.Equal((0.05 + 0.1) / 2, coverage.MeanRelativeError, 1e-12);
        Assert.Equal((0.2 / 2.1 + 0.1 / 2.7) / 2, coverage.MeanRelativeHalfWidth, 1e-12);
        Assert.Equal(coverage.MeanRelativeHalfWidth / coverage.MeanRelativeError, coverage.WidthRatio, 1e-12);
    }

    [Fact]
    public void Checkpoints_of_one_run_share_its_weight()
    {
        // Run 0: three checkpoints, two outside (errors 10%); run 1: one row, inside (error 0%).
        var coverage = HeldOutCoverage.Of(
        [
            (Observed: 2.0, Predicted: 2.2, Lower: 2.1, Upper: 2.3, Run: 0),
            (Observed: 2.0, Predicted: 2.2, Lower: 2.1, Upper: 2.3, Run: 0),
            (Observed: 2.0, Predicted: 2.0, Lower: 1.9, Upper: 2.1, Run: 0),
            (Observed: 3.0, Predicted: 3.0, Lower: 2.7, Upper: 3.3, Run: 1),
        ])!;

        Assert.Equal((4, 2, 2), (coverage.Rows, coverage.Covered, coverage.Runs));
        Assert.Equal((1.0 / 3 + 1) / 2, coverage.Coverage, 1e-12);
        Assert.Equal((0.2 / 3) / 2, coverage.MeanRelativeError, 1e-12);
        Assert.Equal(((0.1 / 2.2 * 2 + 0.1 / 2.0) / 3 + 0.1) / 2, coverage.MeanRelativeHalfWidth, 1e-12);
    }

    [Fact]
    public void No_scored_row_gives_no_coverage() =>
        Assert.Null(HeldOutCoverage.Of([(double.NaN, 2.0, 1.8, 2.2, 0)]));

    [Fact]
    public void Shares_are_summed_into_runs_and_a_row_without_a_finite_error_is_a_miss_kept_out_of_the_means()
    {
        // A backtest's rows: a run of two checkpoints (one covered), a run whose fit predicted no finite loss, a covered run.
        var coverage = HeldOutCoverage.Of(
        [
            (Covered: true, RelativeError: 0.02, RelativeHalfWidth: 0.05, Weight: 0.5),
            (Covered: false, RelativeError: 0.08, RelativeHalfWidth: 0.05, Weight: 0.5),
            (Covered: false, RelativeError: double.NaN, RelativeHalfWidth: double.NaN, Weight: 1.0),
            (Covered: true, RelativeError: 0.01, RelativeHalfWidth: 0.04, Weight: 1.0),
        ]);

        Assert.Equal((4, 2), (coverage.Rows, coverage.Covered));
        Assert.Equal(3.0, coverage.Runs, 1e-12);
        Assert.Equal((0.5 + 0 + 1) / 3, coverage.Coverage, 1e-12);
        Assert.Equal((0.05 + 0.01) / 2, coverage.MeanRelativeError, 1e-12);
        Assert.Equal((0.05 + 0.04) / 2, coverage.MeanRelativeHalfWidth, 1e-12);
    }
}
