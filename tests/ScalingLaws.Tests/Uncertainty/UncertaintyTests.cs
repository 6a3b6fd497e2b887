using System.Collections.Immutable;
using ScalingLaws.Laws;
using ScalingLaws.Uncertainty;
using Summary = ScalingLaws.Uncertainty.Uncertainty;

namespace ScalingLaws.Tests.Uncertainty;

/// <summary>Percentiles, standard errors and the summaries of a bootstrap result, on hand-made samples.</summary>
public sealed class UncertaintyTests
{
    [Theory]
    // numpy.percentile([1, 2, 3, 4], q) with the default linear rule: position q/100·(n − 1).
    [InlineData(2.5, 1.075)]   // position 0.075
    [InlineData(97.5, 3.925)]  // position 2.925
    [InlineData(50, 2.5)]      // position 1.5
    [InlineData(0, 1.0)]
    [InlineData(100, 4.0)]
    [InlineData(33.3, 1.999)]  // position 0.999
    public void Percentile_matches_numpy_linear(double percent, double expected)
    {
        Assert.Equal(expected, OrderStatistics.Percentile(new double[] { 1, 2, 3, 4 }, percent), 1e-12);
    }

    [Fact]
    public void Percentile_on_uneven_values()
    {
        // [10, 20, 40, 80, 160] at 10 % → position 0.4 → 10 + 0.4·10 = 14; at 90 % → 3.6 → 80 + 0.6·80 = 128.
        Assert.Equal(14.0, OrderStatistics.Percentile(new double[] { 10, 20, 40, 80, 160 }, 10), 1e-12);
        Assert.Equal(128.0, OrderStatistics.Percentile(new double[] { 10, 20, 40, 80, 160 }, 90), 1e-12);
        Assert.Equal(7.0, OrderStatistics.Percentile(new double[] { 7 }, 97.5));
    }

    [Fact]
    public void Summary_sorts_ignores_nan_and_uses_the_sample_standard_deviation()
    {
        var summary = Summary.Of([4, double.NaN, 1, 3, double.PositiveInfinity, 2]);

        // Finite samples 1..4: median 2.5, SD with n − 1 = √(5/3) = 1.290994, 95 % interval (1.075, 3.925).
        Assert.Equal(2.5, summary.Median, 1e-12);
        Assert.Equal(Math.Sqrt(5.0 / 3), summary.StandardError, 1e-12);
        Assert.Equal(1.075, summary.Lower, 1e-12);
        Assert.Equal(3.925, summary.Upper, 1e-12);
    }

    [Fact]
    public void Summary_of_fewer_than_two_samples_is_undefined()
    {
        var summary = Summary.Of([1.0, double.NaN]);

        Assert.True(double.IsNaN(summary.Median));
        Assert.True(double.IsNaN(summary.StandardError));
        Assert.True(double.IsNaN(summary.Lower));
        Assert.True(double.IsNaN(summary.Upper));
    }

    /// <summary>Four resamples of a power law E + A/x^α in hand-picked values.</summary>
    private static BootstrapResult HandMade()
    {
        ImmutableArray<double>[] samples =
        [
            [1.0, 10, 0.5],
            [2.0, 20, 0.5],
            [3.0, 30, 0.5],
            [4.0, 10, 0.5],
        ];
        return new BootstrapResult(new OffsetPowerLaw(ScalingLaws.Data.Field.Params), 5, 7, [.. samples]);
    }

    [Fact]
    public void Bootstrap_result_summarises_each_parameter()
    {
        var result = HandMade();

        Assert.Equal(4, result.Converged);
        Assert.Equal(5, result.Resamples);
        Assert.Equal(2.5, result.Parameter("E").Median, 1e-12);
        Assert.Equal(result.Parameter(0), result.Parameter("e"));
        // A: 10, 10, 20, 30 → median 15, mean 17.5, SD √((56.25·2 + 6.25 + 156.25)/3) = √(275/3).
        Assert.Equal(15.0, result.Parameter("A").Median, 1e-12);
        Assert.Equal(Math.Sqrt(275.0 / 3), result.Parameter("A").StandardError, 1e-12);
    }

    [Fact]
    public void Derived_quantities_and_predictions_are_computed_per_resample()
    {
        var result = HandMade();

        // E + A/x^0.5 at x = 100: 2, 4, 6, 5 → median 4.5.
        var prediction = result.Prediction(100);
        Assert.Equal(4.5, prediction.Median, 1e-12);
        Assert.Equal(2.0 + 0.075 * 2, prediction.Lower, 1e-12); // sorted 2, 4, 5, 6 at position 0.075
        var ratio = result.Derived(v => v[1] / v[0]);
        Assert.Equal(10.0, ratio.Median, 1e-12); // 10, 10, 10, 2.5
    }

    [Fact]
    public void Correlation_of_hand_made_samples()
    {
        var rho = HandMade().Correlation();

        // E = 1, 2, 3, 4 and A = 10, 20, 30, 10: deviations (−1.5, −0.5, 0.5, 1.5) and
        // (−7.5, 2.5, 12.5, −7.5); Σ products 5, Σ squares 5 and 275, ρ = 5/√(5·275) = 0.134840.
        // α never varies: undefined.
        Assert.Equal(1.0, rho[0, 0], 1e-12);
        Assert.Equal(1.0, rho[1, 1], 1e-12);
        Assert.Equal(0.134839972492648, rho[0, 1], 1e-12);
        Assert.Equal(rho[0, 1], rho[1, 0]);
        Assert.True(double.IsNaN(rho[2, 2]));
        Assert.True(double.IsNaN(rho[0, 2]));
    }
}
