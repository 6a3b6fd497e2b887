using ScalingLaws.Data;

namespace ScalingLaws.Tests.Data;

/// <summary><see cref="QuantityFormat"/>'s counted nouns: the one pluraliser behind the messages.</summary>
public sealed class QuantityFormatTests
{
    [Theory]
    [InlineData(0, "row", "0 rows")]
    [InlineData(1, "row", "1 row")]
    [InlineData(2, "fitted point", "2 fitted points")]
    [InlineData(12345, "byte", "12345 bytes")]
    public void A_count_other_than_one_takes_an_s(int count, string noun, string expected) =>
        Assert.Equal(expected, QuantityFormat.Counted(count, noun));

    [Theory]
    [InlineData(1, "1 family")]
    [InlineData(3, "3 families")]
    public void An_irregular_plural_is_written_as_given(int count, string expected) =>
        Assert.Equal(expected, QuantityFormat.Counted(count, "family", "families"));

    [Theory]
    [InlineData(1, "1 row")]
    [InlineData(999, "999 rows")]
    [InlineData(1234567, "1,234,567 rows")]
    public void A_grouped_count_separates_the_thousands_with_commas(int count, string expected) =>
        Assert.Equal(expected, QuantityFormat.CountedGrouped(count, "row"));

    /// <summary>A factor or a step as .NET's G3 and G wrote it, but without their exponent ("1E+03", "1E+300"; round 17).</summary>
    [Theory]
    [InlineData(43.14, "43.1")]
    [InlineData(5.6234, "5.62")]
    [InlineData(1000, "1000")]
    [InlineData(123456, "123000")]
    [InlineData(1e308, "1e308")]
    public void A_factor_has_three_figures_and_no_dotnet_exponent(double value, string expected) =>
        Assert.Equal(expected, QuantityFormat.Factor(value));

    [Theory]
    [InlineData(245, "245")]
    [InlineData(0.5, "0.5")]
    [InlineData(1000000, "1000000")]
    [InlineData(1e300, "1e300")]
    [InlineData(1e-300, "1e-300")]
    public void A_plain_value_is_written_as_given_and_beyond_in_mantissa_and_exponent(double value, string expected) =>
        Assert.Equal(expected, QuantityFormat.Plain(value));
}
