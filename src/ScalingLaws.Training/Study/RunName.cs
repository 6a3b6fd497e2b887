using System.Globalization;

namespace ScalingLaws.Training.Study;

/// <summary>Short names for sizes and budgets in run names: 50K, 2M, 1.5G.</summary>
internal static class RunName
{
    /// <summary>A size or token count in short form, e.g. <c>3.2M</c>, as run names use it.</summary>
    public static string Format(double value)
    {
        var (scaled, suffix) = value switch
        {
            >= 1e9 => (value / 1e9, "G"),
            >= 1e6 => (value / 1e6, "M"),
            >= 1e3 => (value / 1e3, "K"),
            _ => (value, ""),
        };
        return scaled.ToString("0.##", CultureInfo.InvariantCulture) + suffix;
    }
}
