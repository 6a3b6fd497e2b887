using System.Globalization;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.IO;

/// <summary>The table reader's fast number parser answers exactly as <c>double.TryParse</c> in the invariant culture.</summary>
public sealed class CellNumberTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("\t1")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1e5.5")]
    [InlineData("1e1e1")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    [InlineData("7B")]
    [InlineData("1,5")]
    [InlineData("1,000")]
    [InlineData("1_0")]
    [InlineData("0x10")]
    [InlineData("inf")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("1e400")]
    [InlineData("1e-400")]
    [InlineData("-0")]
    [InlineData("4.9e-324")]
    [InlineData("2.2250738585072011e-308")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("1.7976931348623159e308")]
    [InlineData("9007199254740993")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("3.622363685511207E+20")]
    [InlineData("0.1e1")]
    [InlineData("1e0000000000000000000000001")]
    [InlineData("１")]
    public void Reads_a_cell_as_double_TryParse_does(string cell) => AssertSame(cell);

    [Fact]
    public void Reads_seeded_random_numbers_and_their_misspellings_as_double_TryParse_does()
    {
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            var x = i % 3 == 0 ? BitConverter.Int64BitsToDouble(random.NextInt64() & long.MaxValue) : Math.Exp(random.NextDouble() * 120 - 60);
            if (!double.IsFinite(x))
                continue;
            var text = (i % 4) switch
            {
                0 => x.ToString("R", CultureInfo.InvariantCulture),
                1 => x.ToString("E10", CultureInfo.InvariantCulture),
                2 => x.ToString("G21", CultureInfo.InvariantCulture),
                _ => x.ToString("F" + random.Next(0, 25), CultureInfo.InvariantCulture),
            };
            if (i % 7 == 0)
                text = Misspelt(text, random);
            AssertSame(text);
        }
    }

    // One character replaced by a digit, a sign, a separator or a letter: a cell that is almost a number.
    private static string Misspelt(string text, Random random)
    {
        var chars = text.ToCharArray();
        chars[random.Next(chars.Length)] = "0123456789.eE+- ,x"[random.Next(18)];
        return new string(chars);
    }

    private static void AssertSame(string cell)
    {
        var expected = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var want);
        var actual = CellNumber.TryParse(cell, out var got);
        Assert.True(expected == actual, $"'{cell}': double.TryParse {expected}, CellNumber {actual}");
        if (expected)
            Assert.True(BitConverter.DoubleToInt64Bits(want) == BitConverter.DoubleToInt64Bits(got), $"'{cell}': {want:R} against {got:R}");
    }
}
