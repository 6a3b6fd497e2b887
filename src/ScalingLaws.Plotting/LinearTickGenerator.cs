using ScottPlot.TickGenerators;

namespace ScalingLaws.Plotting;

/// <summary>ScottPlot's automatic linear ticks, relabelled with one number of decimals per axis (2.0, 2.5, 3.0 rather than 2, 2.5, 3).</summary>
internal sealed class LinearTickGenerator : ITickGenerator
{
    private readonly NumericAutomatic automatic = new() { MinimumTickSpacing = 12, TickDensity = 0.6 };

    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount
    {
        get => automatic.MaxTickCount;
        set => automatic.MaxTickCount = value;
    }

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        automatic.Regenerate(range, edge, size, paint, labelStyle);
        var majors = automatic.Ticks.Where(t => t.IsMajor).Select(t => t.Position).Order().ToArray();
        var spacing = majors.Zip(majors.Skip(1), (a, b) => b - a).DefaultIfEmpty(1).Min();
        var decimals = Enumerable.Range(0, 7).FirstOrDefault(d => majors.All(p => Math.Abs(Math.Round(p, d) - p) < spacing * 1e-6), 6);
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        Ticks = [.. automatic.Ticks.Select(t => t.IsMajor
            ? Tick.Major(t.Position, (Math.Abs(t.Position) < spacing * 1e-9 ? 0 : t.Position).ToString(format, CultureInfo.InvariantCulture))
            : t)];
    }
}
