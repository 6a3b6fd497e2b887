using ScalingLaws.Uncertainty;

namespace ScalingLaws.Tests.Uncertainty;

/// <summary>Selection-based percentiles agree with the sorted definition (numpy's linear rule) exactly.</summary>
public sealed class OrderStatisticsTests
{
    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 2.5)]
    [InlineData(7, 50.0)]
    [InlineData(100, 97.5)]
    [InlineData(4000, 2.5)]
    [InlineData(4001, 97.5)]
    [InlineData(999, 100.0)]
    public void Percentile_by_selection_equals_percentile_of_the_sorted_values(int count, double percent)
    {
        var random = new Random(count);
        // Ties included on purpose: quickselect partitions must cope with equal keys.
        var values = Enumerable.Range(0, count).Select(_ => Math.Round(random.NextDouble() * 50) / 10).ToArray();
        var sorted = values.Order().ToArray();

        var selected = OrderStatistics.Percentile(values.ToArray(), percent);

        Assert.Equal(OfSorted(sorted, percent), selected, 15);
    }

    // numpy's linear rule on sorted values: interpolate between the closest ranks.
    private static double OfSorted(double[] sorted, double percent)
    {
        var position = percent / 100 * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    [Fact]
    public void Select_finds_every_order_statistic()
    {
        var values = new double[] { 5, 3, 9, 1, 1, 7, 3, 8, 2, 6 };
        var sorted = values.Order().ToArray();
        for (var k = 0; k < values.Length; k++)
            Assert.Equal(sorted[k], OrderStatistics.Select(values.ToArray(), k));
    }

    [Fact]
    public void Summarize_ignores_non_finite_samples_and_matches_hand_values()
    {
        double[] samples = [4, double.NaN, 1, 3, double.PositiveInfinity, 2];

        var u = ScalingLaws.Uncertainty.Uncertainty.Summarize(samples);

        // Finite samples 1..4: median 2.5; sample SD sqrt(5/3); numpy percentiles 1.075 and 3.925.
        Assert.Equal(2.5, u.Median, 12);
        Assert.Equal(Math.Sqrt(5.0 / 3), u.StandardError, 12);
        Assert.Equal(1.075, u.Lower, 12);
        Assert.Equal(3.925, u.Upper, 12);
    }
}
