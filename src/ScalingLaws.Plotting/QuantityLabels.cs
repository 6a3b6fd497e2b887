namespace ScalingLaws.Plotting;

/// <summary>Short labels for quantities on axes and in legends.</summary>
internal static class QuantityLabels
{
    /// <summary>A tick label for 10^<paramref name="log10Value"/>.</summary>
    public static string Tick(double log10Value, LogTickLabels style) => style switch
    {
        LogTickLabels.Count => Count(Math.Pow(10, log10Value)),
        _ => PowerOfTen(log10Value),
    };

    /// <summary>70000000 → "70M", 1.4e9 → "1.4B" as the text prints them (<see cref="QuantityFormat.Count"/>), 1e15 → "10¹⁵".</summary>
    public static string Count(double value)
    {
        if (!(value > 0) || !double.IsFinite(value))
            return Plain(value);
        return value >= 1e15 ? PowerOfTen(Math.Log10(value)) : QuantityFormat.Count(value);
    }

    /// <summary>"10¹⁸" for 18, "2×10²⁰" for log10(2e20), "5×10⁻³" for log10(0.005).</summary>
    public static string PowerOfTen(double log10Value)
    {
        var exponent = (int)Math.Floor(log10Value + 1e-9);
        var mantissa = Math.Round(Math.Pow(10, log10Value - exponent), 2);
        if (mantissa >= 9.995)
        {
            exponent++;
            mantissa = 1;
        }
        var power = "10" + Superscript(exponent);
        return Math.Abs(mantissa - 1) < 1e-9 ? power : Plain(mantissa) + "×" + power;
    }

    /// <summary>A compute budget the way papers write it in legends: 6e18, 1e21, 1.5e20 (<see cref="QuantityFormat.Scientific"/>).</summary>
    public static string Flops(double flops) =>
        flops > 0 && double.IsFinite(flops) ? QuantityFormat.Scientific(flops) : Plain(flops);

    /// <summary>A loss value with a fixed number of decimals: 2.10, 1.95.</summary>
    public static string Loss(double loss, int decimals) =>
        loss.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Plain(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Superscript(int exponent)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var text = Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        var chars = text.Select(c => digits[c - '0']);
        return (exponent < 0 ? "⁻" : "") + string.Concat(chars);
    }
}
