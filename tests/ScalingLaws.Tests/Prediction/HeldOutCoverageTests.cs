using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

/// <summary><see cref="HeldOutCoverage"/>: coverage, mean relative error and half-width of held-out rows, each row weighing 1.</summary>
public sealed class HeldOutCoverageTests
{
    [Fact]
    public void Rows_with_a_loss_and_an_interval_are_scored_and_the_others_left_out()
    {
        var coverage = HeldOutCoverage.Of(
        [
            (Observed: 2.0, Predicted: 2.1, Lower: 1.9, Upper: 2.3),   // inside: error 5%, half-width 0.2/2.1
            (Observed: 3.0, Predicted: 2.7, Lower: 2.6, Upper: 2.8),   // outside: error 10%, half-width 0.1/2.7
            (Observed: double.NaN, Predicted: 2.0, Lower: 1.8, Upper: 2.2), // no loss observed: not scored
        ])!;

        Assert.Equal((2, 1), (coverage.Rows, coverage.Covered));
        Assert.Equal(0.5, coverage.Coverage);
        Assert.Equal((0.05 + 0.1) / 2, coverage.MeanRelativeError, 1e-12);
        Assert.Equal((0.2 / 2.1 + 0.1 / 2.7) / 2, coverage.MeanRelativeHalfWidth, 1e-12);
        Assert.Equal(coverage.MeanRelativeHalfWidth / coverage.MeanRelativeError, coverage.WidthRatio, 1e-12);
    }

    [Fact]
    public void No_scored_row_gives_no_coverage() =>
        Assert.Null(HeldOutCoverage.Of([(double.NaN, 2.0, 1.8, 2.2)]));
}
