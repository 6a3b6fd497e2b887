using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

public class QuantityTests
{
    [Theory]
    [InlineData("70B", 70e9)]
    [InlineData("1.4T", 1.4e12)]
    [InlineData("3e21", 3e21)]
    [InlineData("500M", 500e6)]
    [InlineData("125m", 125e6)]
    [InlineData("2.8B", 2.8e9)]
    [InlineData("50K", 50e3)]
    [InlineData("7k", 7e3)]
    [InlineData("6.7b", 6.7e9)]
    [InlineData("2G", 2e9)]
    [InlineData("1P", 1e15)]
    [InlineData("1.2e-3", 1.2e-3)]
    [InlineData(" 13B ", 13e9)]
    [InlineData("-5M", -5e6)]
    [InlineData("20 M", 20e6)]
    [InlineData("1.4 T", 1.4e12)]
    public void Parse_reads_plain_numbers_and_suffixes(string text, double expected)
    {
        Assert.Equal(expected, Quantity.Parse(text));
        Assert.True(Quantity.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,000")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("B")]
    [InlineData("12X")]
    [InlineData("1e3K")]
    [InlineData("7 B B")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e400")]
    [InlineData("1e-400")]
    [InlineData("0.5e-330")]
    public void TryParse_rejects_other_text(string text)
    {
        Assert.False(Quantity.TryParse(text, out var value));
        Assert.True(double.IsNaN(value));
    }

    [Theory]
    [InlineData("1,400,000,000", 1.4e9)]
    [InlineData("70,000", 7e4)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("2.6B", 2.6e9)]
    public void TryParseSize_also_reads_thousands_separators(string text, double expected)
    {
        Assert.True(Quantity.TryParseSize(text, out var value));
        Assert.Equal(expected, value);
        // A table's cell reads them too, but for one group of three, which a decimal comma reads as 70.
        Assert.Equal(text != "70,000", Quantity.TryParseSizeCell(text, out var cell) && cell == expected);
    }

    [Theory]
    [InlineData("3,5")]
    [InlineData("1,40,000")]
    [InlineData("12,3456")]
    public void TryParseSize_refuses_commas_that_are_not_thousands_groups(string text) =>
        Assert.False(Quantity.TryParseSize(text, out _));

    [Theory]
    [InlineData("1,000")]
    [InlineData("12,500")]
    [InlineData(" -1,000 ")]
    public void A_cell_refuses_one_comma_before_three_digits_which_either_kind_of_comma_reads(string text)
    {
        Assert.True(Quantity.TryParseSize(text, out _)); // an option's message still names thousands separators
        Assert.False(Quantity.TryParseSizeCell(text, out var value));
        Assert.True(double.IsNaN(value));
        Assert.Contains("reads as a thousands separator", Quantity.SizeRemedy(text, "usual"));
    }

    [Fact]
    public void The_remedy_for_one_group_names_both_readings()
    {
        Assert.Equal("one comma before three digits reads as a thousands separator (1000) or as a decimal comma (1.000), and the cell does not say which; write the number without the comma, e.g. 1000 or 1.000",
            Quantity.SizeRemedy("1,000", "usual"));
        Assert.Equal("it has a decimal comma; write it with a point, 1.5e9", Quantity.SizeRemedy("1,5e9", "usual"));
        Assert.Equal("usual", Quantity.SizeRemedy("abc", "usual"));
    }

    [Fact]
    public void Remedy_names_a_decimal_comma_and_otherwise_keeps_the_usual_advice()
    {
        Assert.Equal("it has a decimal comma; write it with a point, 1.5B", Quantity.Remedy("1,5B", "usual"));
        Assert.Equal("it has a decimal comma; write it with a point, 3.25", Quantity.Remedy("3,25", "usual"));
        Assert.Equal("usual", Quantity.Remedy("abc", "usual"));
    }

    [Theory]
    [InlineData("100\u00a0000\u00a0000", "100000000")] // a French spreadsheet's no-break space
    [InlineData("1\u202f400\u202f000", "1400000")]   // a narrow no-break space
    [InlineData("7 000 000", "7000000")]
    [InlineData("1'000'000", "1000000")]                // Swiss
    [InlineData("2_000_000", "2000000")]                // Python's literal
    public void Remedy_names_digits_grouped_by_spaces_apostrophes_or_underscores(string text, string plain) =>
        Assert.Equal($"its digits are grouped by spaces, apostrophes or underscores; write it without them, {plain}", Quantity.Remedy(text, "usual"));

    [Theory]
    [InlineData("#DIV/0!")]
    [InlineData("#N/A")]
    [InlineData("#value!")]
    [InlineData("#NAME?")]
    [InlineData("Err:502")]
    public void Remedy_names_a_spreadsheet_s_error_value(string text) =>
        Assert.Equal("it is a spreadsheet's error value (a formula that failed); fix the formula or remove the row", Quantity.Remedy(text, "usual"));

    [Theory]
    [InlineData("10 00")]
    [InlineData("1 5")]
    public void Groups_that_are_not_whole_threes_keep_the_usual_advice(string text) =>
        Assert.Equal("usual", Quantity.Remedy(text, "usual"));

    [Theory]
    [InlineData("2,5", "2.5")]
    [InlineData(" 1,5B ", "1.5B")]
    [InlineData("6,1e19", "6.1e19")]
    [InlineData("-0,5", "-0.5")]
    [InlineData("2,500", "2.500")]
    public void WithDecimalPoint_turns_a_decimal_comma_into_a_point(string text, string expected) =>
        Assert.Equal(expected, Quantity.WithDecimalPoint(text));

    [Theory]
    [InlineData("2.5")]
    [InlineData("2,5,3")]
    [InlineData("7B,13B")]
    [InlineData("1e9,5B")]
    [InlineData("abc")]
    public void WithDecimalPoint_is_null_without_one_decimal_comma(string text) => Assert.Null(Quantity.WithDecimalPoint(text));

    [Fact]
    public void Remedy_names_a_word_processor_s_minus_and_a_number_nearer_zero_than_a_double()
    {
        Assert.Equal("it starts with the minus sign '\u2212' (U+2212) of word processors; write a hyphen-minus, -2", Quantity.Remedy("\u22122", "usual"));
        Assert.Equal("it is nearer zero than the smallest number a double holds (about 4.9e-324), so it would read as 0; write 0 if zero is meant", Quantity.Remedy("1e-400", "usual"));
        Assert.Equal("usual", Quantity.Remedy("\u2212abc", "usual"));
        Assert.True(Quantity.TryParse("0e-400", out var zero));
        Assert.Equal(0, zero);
    }

    [Fact]
    public void Parse_error_names_the_text_and_the_accepted_forms_on_one_line()
    {
        var error = Assert.Throws<ScalingLawsException>(() => Quantity.Parse("1,000"));

        Messages.AssertOneLine(error.Message, "'1,000'", "70B", "3e21");
    }

    [Theory]
    [InlineData(70.2e9, "70.2B")]
    [InlineData(70.24e9, "70.2B")]
    [InlineData(70e9, "70B")]
    [InlineData(1.41e12, "1.41T")]
    [InlineData(1.4149e12, "1.41T")]
    [InlineData(500e6, "500M")]
    [InlineData(12.3e3, "12.3K")]
    [InlineData(999.96e3, "1M")]
    [InlineData(2e15, "2P")]
    [InlineData(-3.5e9, "-3.5B")]
    [InlineData(123.4, "123")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.0, "0")]
    [InlineData(5e20, "5e20")]
    [InlineData(1.2e-5, "1.2e-5")]
    public void Format_uses_the_largest_fitting_suffix(double value, string expected) =>
        Assert.Equal(expected, Quantity.Format(value));

    [Fact]
    public void Format_honours_significant_digits() => Assert.Equal("1.4142B", Quantity.Format(1.41421356e9, 5));

    [Theory]
    [InlineData(5.76e23, "5.76e23")]
    [InlineData(5.7612e23, "5.76e23")]
    [InlineData(6e18, "6e18")]
    [InlineData(1.2e-3, "1.2e-3")]
    [InlineData(-3e21, "-3e21")]
    public void FormatScientific_writes_compact_exponents(double value, string expected) =>
        Assert.Equal(expected, Quantity.FormatScientific(value));

    [Theory]
    [InlineData("70.2B")]
    [InlineData("1.41T")]
    [InlineData("500M")]
    [InlineData("12.3K")]
    [InlineData("2.8B")]
    public void Format_and_Parse_round_trip(string text)
    {
        Assert.Equal(text, Quantity.Format(Quantity.Parse(text)));
        var value = Quantity.Parse(text);
        Assert.Equal(value, Quantity.Parse(Quantity.Format(value)));
    }

    [Fact]
    public void FormatScientific_and_Parse_round_trip() =>
        Assert.Equal(5.76e23, Quantity.Parse(Quantity.FormatScientific(5.76e23)));
}
