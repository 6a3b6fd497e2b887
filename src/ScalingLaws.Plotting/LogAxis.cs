namespace ScalingLaws.Plotting;

/// <summary>
/// The log-axis recipe in one place: plot log10 of the data and give the axis a tick generator
/// that labels decades (SI counts or powers of ten) with 2…9 minor ticks.
/// </summary>
internal static class LogAxis
{
    public static double[] Transform(IEnumerable<double> values) => [.. values.Select(Math.Log10)];

    public static double Transform(double value) => Math.Log10(value);

    public static void Apply(IAxis axis, LogTickLabels labels) => axis.TickGenerator = new LogTickGenerator(labels);
}
