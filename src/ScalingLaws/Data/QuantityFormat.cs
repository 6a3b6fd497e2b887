using System.Globalization;

namespace ScalingLaws.Data;

/// <summary>
/// Sizes written the way papers write them, <c>70.2B</c>, <c>1.41T</c>, <c>500M</c>, <c>52.3K</c>, and budgets as
/// <c>5.76e23</c>: the one formatter behind the text, the HTML report and the figures (upper-case K throughout).
/// </summary>
public static class QuantityFormat
{
    // Largest first, so Count picks the biggest suffix that keeps the mantissa ≥ 1.
    private static readonly (char Suffix, int Exponent)[] Suffixes =
        [('P', 15), ('T', 12), ('B', 9), ('M', 6), ('K', 3)];

    /// <summary>With the largest fitting suffix to <paramref name="significant"/> figures; scientific beyond 1e18 or below 1e-3.</summary>
    public static string Count(double value, int significant = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significant, 1);
        var rounded = RoundSignificant(value, significant);
        var magnitude = Math.Abs(rounded);
        if (magnitude >= 1e18 || (magnitude > 0 && magnitude < 1e-3))
            return Scientific(value, significant);
        foreach (var (suffix, exponent) in Suffixes)
        {
            if (magnitude >= Math.Pow(10, exponent))
                return (rounded / Math.Pow(10, exponent)).ToString("G" + significant, CultureInfo.InvariantCulture) + suffix;
        }
        return rounded.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Mantissa and exponent without padding, e.g. <c>5.76e23</c>, <c>6e18</c>.</summary>
    public static string Scientific(double value, int significant = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significant, 1);
        if (!double.IsFinite(value))
            return value.ToString(CultureInfo.InvariantCulture);
        var parts = value.ToString("E" + (significant - 1), CultureInfo.InvariantCulture).Split('E');
        var mantissa = parts[0].Contains('.') ? parts[0].TrimEnd('0').TrimEnd('.') : parts[0];
        return $"{mantissa}e{int.Parse(parts[1], CultureInfo.InvariantCulture)}";
    }

    /// <summary>A ratio to three significant digits, <c>43.1</c>, <c>1000</c>, <c>1e308</c>: .NET's G3 wrote 1,000 as <c>1E+03</c>.</summary>
    public static string Factor(double value) => value == 0 || !double.IsFinite(value) || Math.Abs(value) is < 1e-5 or >= 1e6
        ? Scientific(value)
        : RoundSignificant(value, 3).ToString(CultureInfo.InvariantCulture);

    /// <summary>A step or fraction as given, <c>245</c>, <c>0.5</c>, <c>1000000</c>, but <c>1e300</c> where .NET's G writes <c>1E+300</c>.</summary>
    public static string Plain(double value) => value == 0 || Math.Abs(value) is >= 1e-4 and < 1e15
        ? value.ToString("G", CultureInfo.InvariantCulture)
        : Scientific(value, 4);

    /// <summary>A law's constant as a law file writes it: <c>406.4</c>, <c>0.34</c>, <c>1e300</c> (not .NET's <c>1E+300</c>).</summary>
    public static string Constant(double value) =>
        value == 0 || Math.Abs(value) is >= 1e-3 and < 1e6 ? value.ToString("0.####", CultureInfo.InvariantCulture) : Scientific(value, 4);

    /// <summary>
    /// A count and its noun, plural unless the count is 1: <c>1 row</c>, <c>3 fitted points</c>; <paramref name="plural"/>
    /// where adding "s" is wrong (<c>2 families</c>).
    /// </summary>
    public static string Counted(int count, string noun, string? plural = null) =>
        WithNoun(count.ToString(CultureInfo.InvariantCulture), count, noun, plural);

    /// <summary>As <see cref="Counted"/> with the thousands grouped, <c>1,024 rows</c>, as the tool's tables write counts.</summary>
    public static string CountedGrouped(int count, string noun) =>
        WithNoun(count.ToString("N0", CultureInfo.InvariantCulture), count, noun, plural: null);

    private static string WithNoun(string digits, int count, string noun, string? plural) =>
        $"{digits} {(count == 1 ? noun : plural ?? noun + "s")}";

    // Rounding before choosing the suffix keeps 999.96K from printing as "1e+03K".
    private static double RoundSignificant(double value, int significant) =>
        double.Parse(value.ToString("E" + (significant - 1), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
