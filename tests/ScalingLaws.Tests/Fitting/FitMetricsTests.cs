using ScalingLaws.Fitting;

namespace ScalingLaws.Tests.Fitting;

/// <summary>Goodness-of-fit numbers on the raw loss scale.</summary>
public sealed class FitMetricsTests
{
    [Fact]
    public void Hand_computed_example()
    {
        // observed 2, 3, 4; predicted 2.5, 3, 3.5 → errors −0.5, 0, 0.5.
        // RMSE = √(0.5/3) = 0.408248; mean 3, SS_tot = 2, R² = 1 − 0.5/2 = 0.75;
        // MAE = 1/3; relative errors 0.25, 0, 0.125 → MRE 0.125, max 0.25.
        var metrics = FitMetrics.Compute([2, 3, 4], [2.5, 3, 3.5]);

        Assert.Equal(0.408248290463863, metrics.Rmse, 1e-14);
        Assert.Equal(0.75, metrics.R2, 1e-14);
        Assert.Equal(1.0 / 3, metrics.Mae, 1e-14);
        Assert.Equal(0.125, metrics.Mre, 1e-14);
        Assert.Equal(0.25, metrics.MaxRe, 1e-14);
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(0.1)]
    [InlineData(2.9876543210987)]
    public void R2_is_undefined_when_every_observed_loss_is_equal(double loss)
    {
        // SS_tot is 0 (or rounding noise of the mean): 1 − SS_res/SS_tot was −∞ or a number that meant nothing.
        var metrics = FitMetrics.Compute([loss, loss, loss, loss, loss, loss, loss], [loss, loss, loss, loss, loss, loss, 1.01 * loss]);

        Assert.True(double.IsNaN(metrics.R2), $"R² {metrics.R2}");
        Assert.Equal(0.01 / 7, metrics.Mre, 1e-12);
    }

    [Fact]
    public void R2_of_losses_that_differ_in_the_sixth_digit_is_still_defined()
    {
        var metrics = FitMetrics.Compute([3.000001, 3.000002, 3.000003], [3.000001, 3.000002, 3.000003]);

        Assert.Equal(1, metrics.R2);
    }

    [Fact]
    public void Perfect_prediction()
    {
        var metrics = FitMetrics.Compute([2.1, 2.7, 3.3], [2.1, 2.7, 3.3]);

        Assert.Equal(new FitMetrics(0, 1, 0, 0, 0), metrics);
    }

    [Fact]
    public void Predicting_the_mean_gives_zero_R2()
    {
        var metrics = FitMetrics.Compute([1, 2, 3, 6], [3, 3, 3, 3]);

        Assert.Equal(0.0, metrics.R2, 1e-14);
        // errors −2, −1, 0, 3: RMSE = √(14/4), relative 2, 0.5, 0, 0.5 → MRE 0.75, max 2.
        Assert.Equal(Math.Sqrt(3.5), metrics.Rmse, 1e-14);
        Assert.Equal(1.5, metrics.Mae, 1e-14);
        Assert.Equal(0.75, metrics.Mre, 1e-14);
        Assert.Equal(2.0, metrics.MaxRe, 1e-14);
    }

    [Fact]
    public void RMSE_of_errors_whose_squares_overflow_is_still_the_root_mean_square()
    {
        // errors 3e200 and 4e200: squares overflow a double, but RMSE = √((9 + 16)/2)·1e200 = 3.5355e200.
        var metrics = FitMetrics.Compute([1, 1], [1 + 3e200, 1 - 4e200]);

        Assert.Equal(Math.Sqrt(12.5) * 1e200, metrics.Rmse, 1e186);
        Assert.Equal(3.5e200, metrics.Mae, 1e186);
    }
}
