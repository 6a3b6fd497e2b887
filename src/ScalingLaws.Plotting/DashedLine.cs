namespace ScalingLaws.Plotting;

/// <summary>
/// A polyline drawn as explicit dashes. Skia's SVG backend drops dash path effects (printing
/// "Unsupported path effect" to stderr and drawing the line solid), so dashes are cut here, in
/// pixel space, and each is stroked solid: the same picture in PNG and SVG.
/// </summary>
internal sealed class DashedLine(Coordinates[] points, Color color, float width) : IPlottable
{
    public float DashLength { get; init; } = 11;

    public float GapLength { get; init; } = 7;

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => points.Length == 0 ? AxisLimits.NoLimits : new AxisLimits(points);

    public void Render(RenderPack rp)
    {
        var style = new LineStyle(width, color) { Rounded = false };
        foreach (var dash in Dashes([.. points.Select(Axes.GetPixel)]))
            Drawing.DrawLines(rp.Canvas, rp.Paint, dash, style);
    }

    private IEnumerable<List<Pixel>> Dashes(Pixel[] pixels)
    {
        var on = true;
        var left = DashLength;
        var current = new List<Pixel>();
        for (var i = 1; i < pixels.Length; i++)
        {
            var (from, to) = (pixels[i - 1], pixels[i]);
            if (!float.IsFinite(from.X) || !float.IsFinite(from.Y) || !float.IsFinite(to.X) || !float.IsFinite(to.Y))
                continue;
            var length = from.DistanceFrom(to);
            var done = 0f;
            if (on && current.Count == 0)
                current.Add(from);
            while (length - done > left)
            {
                done += left;
                var at = Lerp(from, to, done / length);
                if (on)
                {
                    current.Add(at);
                    yield return current;
                    current = [];
                }
                else
                {
                    current = [at];
                }
                on = !on;
                left = on ? DashLength : GapLength;
            }
            left -= length - done;
            if (on)
                current.Add(to);
        }
        if (on && current.Count > 1)
            yield return current;
    }

    private static Pixel Lerp(Pixel a, Pixel b, float t) => new(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);
}
