using ScalingLaws.Plotting;
using ScottPlot;

namespace ScalingLaws.Tests.Plotting;

/// <summary>Tick and legend labels as people write them, and log ticks that thin out instead of colliding.</summary>
public sealed class LabelAndTickTests
{
    [Theory]
    [InlineData(70e6, "70M")]
    [InlineData(1e9, "1B")]
    [InlineData(1.4e9, "1.4B")]
    [InlineData(1e12, "1T")]
    [InlineData(500, "500")]
    [InlineData(2e3, "2K")]
    [InlineData(1e15, "10¹⁵")]
    public void Counts_are_labelled_with_SI_suffixes(double value, string expected) => Assert.Equal(expected, QuantityLabels.Count(value));

    [Theory]
    [InlineData(18, "10¹⁸")]
    [InlineData(-3, "10⁻³")]
    public void Powers_of_ten(double log10Value, string expected) => Assert.Equal(expected, QuantityLabels.PowerOfTen(log10Value));

    [Fact]
    public void Power_of_ten_with_mantissa() => Assert.Equal("2×10²⁰", QuantityLabels.PowerOfTen(Math.Log10(2e20)));

    [Theory]
    [InlineData(6e18, "6e18")]
    [InlineData(1e21, "1e21")]
    [InlineData(1.5e20, "1.5e20")]
    [InlineData(9.999e19, "1e20")]
    public void Budgets_are_labelled_in_e_notation(double flops, string expected) => Assert.Equal(expected, QuantityLabels.Flops(flops));

    [Fact]
    public void Decades_get_major_ticks_and_two_to_nine_minor_ticks()
    {
        var ticks = Generate(7, 10, 700, LogTickLabels.Count);

        Assert.Equal(["10M", "100M", "1B", "10B"], ticks.Where(t => t.IsMajor).Select(t => t.Label));
        Assert.Equal(3 * 8, ticks.Count(t => !t.IsMajor));
        Assert.Contains(ticks, t => !t.IsMajor && Math.Abs(t.Position - Math.Log10(2e8)) < 1e-9);
    }

    [Fact]
    public void Crowded_decades_are_thinned()
    {
        var ticks = Generate(15, 27, 200, LogTickLabels.PowerOfTen);
        var majors = ticks.Where(t => t.IsMajor).Select(t => t.Position).ToArray();

        Assert.True(majors.Length is >= 2 and < 13, $"{majors.Length} major ticks on 200 px");
        var steps = majors.Zip(majors.Skip(1), (a, b) => b - a).Distinct().ToArray();
        Assert.Single(steps);
        Assert.True(steps[0] >= 2);
    }

    [Fact]
    public void Under_two_decades_use_one_two_five_steps()
    {
        var ticks = Generate(Math.Log10(3e8), Math.Log10(6e9), 700, LogTickLabels.Count);

        Assert.Equal(["500M", "1B", "2B", "5B"], ticks.Where(t => t.IsMajor).Select(t => t.Label));
    }

    private static Tick[] Generate(double low, double high, float pixels, LogTickLabels labels)
    {
        var generator = new LogTickGenerator(labels);
        using var paint = Paint.NewDisposablePaint();
        generator.Regenerate(new CoordinateRange(low, high), Edge.Bottom, new PixelLength(pixels), paint, new LabelStyle { FontSize = 20 });
        return generator.Ticks;
    }
}
