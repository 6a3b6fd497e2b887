using System.Globalization;
using ScalingLaws.IO;

namespace ScalingLaws.Report.Html;

/// <summary>
/// Numbers as the page prints them, with units: 70.2B params, 1.41T tokens, 5.76e23 FLOPs, losses
/// and parameters to 4 significant figures. report.js formats the planner's numbers the same way.
/// </summary>
internal static class ReportFormat
{
    /// <summary>A count with a suffix: 70.2B, 1.41T, 500M.</summary>
    public static string Count(double value) => double.IsFinite(value) ? Quantity.Format(value) : "–";

    /// <summary>Compute in FLOPs, scientific: 5.76e23.</summary>
    public static string Flops(double value) => double.IsFinite(value) ? Quantity.FormatScientific(value) : "–";

    /// <summary>A loss in nats, or any parameter: 4 significant figures, scientific only when very large or small.</summary>
    public static string Value(double value) => Significant(value, 4);

    /// <summary>Tokens per parameter: 20.3, 125.</summary>
    public static string Ratio(double value) => Significant(value, 3);

    public static string Percent(double fraction, int decimals = 1) =>
        double.IsFinite(fraction) ? (100 * fraction).ToString("F" + decimals, CultureInfo.InvariantCulture) + " %" : "–";

    /// <summary>A factor to 2 significant figures: 6×, 60×, 6,000×.</summary>
    public static string Times(double factor)
    {
        if (!double.IsFinite(factor))
            return "–";
        var rounded = double.Parse(factor.ToString("E1", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return (rounded >= 10 ? rounded.ToString("N0", CultureInfo.InvariantCulture) : rounded.ToString("0.#", CultureInfo.InvariantCulture)) + "×";
    }

    /// <summary>R² to 4 decimals, or "undefined" when every observed loss is equal.</summary>
    public static string R2(double value) => double.IsFinite(value) ? value.ToString("F4", CultureInfo.InvariantCulture) : "undefined";

    public static string Integer(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An interval as "[low, high]" in the given format.</summary>
    public static string Interval(double low, double high, Func<double, string> format) =>
        double.IsFinite(low) && double.IsFinite(high) ? $"[{format(low)}, {format(high)}]" : "–";

    /// <summary>A sort key for a table cell: round-trip precision, invariant culture.</summary>
    public static string Key(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    public static string Significant(double value, int significant)
    {
        if (!double.IsFinite(value))
            return "–";
        var magnitude = value == 0 ? 0 : (int)Math.Floor(Math.Log10(Math.Abs(value)));
        if (magnitude is < -3 or >= 7)
            return Quantity.FormatScientific(value, significant);
        var decimals = Math.Max(0, significant - 1 - magnitude);
        return value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }
}
