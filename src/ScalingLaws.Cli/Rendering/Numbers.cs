using System.Globalization;

namespace ScalingLaws.Cli.Rendering;

/// <summary>Number formats for people: parameters to 4 significant figures, errors to 3.</summary>
internal static class Numbers
{
    public static string Value(double value) => Format(value, 4);

    public static string Error(double value) => Format(value, 3);

    /// <summary>"12.34%"; from a million percent on as "1.05e+13%", as <see cref="PredictionView.Factor"/> writes factors (an absurd fit would otherwise print hundreds of digits), and beyond a double as "more than 1e308%".</summary>
    public static string Percent(double fraction) => (100 * fraction) switch
    {
        var percent when double.IsInfinity(percent) => (percent < 0 ? "less than -1e308" : "more than 1e308") + "%",
        var percent when Math.Abs(percent) >= 1e6 => Quantity.FormatScientific(percent, 3) + "%",
        var percent => percent.ToString("0.00", CultureInfo.InvariantCulture) + "%",
    };

    /// <summary>R² to 4 decimals, or "undefined" when every observed value is equal (NaN).</summary>
    public static string R2(double r2) => double.IsFinite(r2) ? r2.ToString("F4", CultureInfo.InvariantCulture) : "undefined";

    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Format(double value, int significant)
    {
        if (!double.IsFinite(value))
            return "–";
        var magnitude = value == 0 ? 0 : Math.Floor(Math.Log10(Math.Abs(value)));
        return magnitude is >= -3 and < 7
            ? value.ToString("0." + new string('#', Math.Max(0, significant - 1 - (int)magnitude)), CultureInfo.InvariantCulture)
            : value.ToString("0." + new string('#', significant - 1) + "e0", CultureInfo.InvariantCulture);
    }
}
