using ScalingLaws.Cli.Rendering;

namespace ScalingLaws.Tests.Cli;

/// <summary>Numbers for people: percentages stay readable however absurd the fit.</summary>
public sealed class NumbersTests
{
    [Theory]
    [InlineData(0.0471, "4.71%")]
    [InlineData(-0.125, "-12.50%")]
    [InlineData(9999.99, "999999.00%")]
    [InlineData(1e4, "1e6%")]
    [InlineData(1.0537346e296, "1.05e298%")]
    [InlineData(-3e10, "-3e12%")]
    [InlineData(double.PositiveInfinity, "more than 1e308%")]
    [InlineData(1e307, "more than 1e308%")]
    public void A_percentage_beyond_a_million_is_written_in_exponent_form(double fraction, string expected) =>
        Assert.Equal(expected, Numbers.Percent(fraction));
}
