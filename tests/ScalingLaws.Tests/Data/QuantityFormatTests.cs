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
}
