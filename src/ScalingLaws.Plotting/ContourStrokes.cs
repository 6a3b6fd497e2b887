namespace ScalingLaws.Plotting;

/// <summary>
/// How the ARE heatmap draws its contour levels: ink lines, solid for the first level, dashed for
/// the second, dotted for the third (so they stay apart in greyscale and where they run side by
/// side), on a thin white halo where they cross the darkest cells. Dashes are cut here, in
/// pixels, and stroked solid, because Skia's SVG backend drops dash effects.
/// </summary>
internal static class ContourStrokes
{
    public const float Width = 2.5f;
    public const float HaloWidth = Width + 2;

    private static readonly Color Halo = Colors.White.WithAlpha(0.85);

    /// <summary>Dash and gap lengths in pixels for each level; no pattern means solid.</summary>
    private static readonly (float On, float Off)?[] Patterns = [null, (10, 5), (4, 3.5f)];

    /// <summary>Draws the halos (unbroken, under dashes and gaps alike), then every line, so no halo cuts a line.</summary>
    /// <param name="halos">Stretches that need a halo (lines over dark cells); square ends close the corners between them.</param>
    public static void Draw(SkiaSharp.SKCanvas canvas, Paint paint, IEnumerable<(int Level, Pixel[] Line)> lines, IEnumerable<(Pixel From, Pixel To)> halos)
    {
        var halo = new LineStyle(HaloWidth, Halo) { Rounded = false, StrokeCap = SkiaSharp.SKStrokeCap.Square };
        foreach (var (from, to) in halos)
            Drawing.DrawLine(canvas, paint, from, to, halo);
        var ink = new LineStyle(Width, FigureStyle.Ink) { Rounded = false, StrokeJoin = SkiaSharp.SKStrokeJoin.Miter };
        foreach (var piece in lines.SelectMany(l => Pieces(l.Line, Patterns[Math.Min(l.Level, Patterns.Length - 1)])))
            Drawing.DrawLines(canvas, paint, piece, ink);
    }

    /// <summary>The solid pieces of a line: the line itself, or its dashes.</summary>
    private static IEnumerable<Pixel[]> Pieces(Pixel[] line, (float On, float Off)? pattern)
    {
        if (pattern is not { } p)
        {
            yield return line;
            yield break;
        }
        var on = true;
        var left = p.On;
        var current = new List<Pixel> { line[0] };
        for (var i = 1; i < line.Length; i++)
        {
            var (from, to) = (line[i - 1], line[i]);
            var length = from.DistanceFrom(to);
            var done = 0f;
            while (length - done > left)
            {
                done += left;
                var at = new Pixel(from.X + (to.X - from.X) * done / length, from.Y + (to.Y - from.Y) * done / length);
                if (on)
                {
                    current.Add(at);
                    yield return [.. current];
                }
                current = [at];
                on = !on;
                left = on ? p.On : p.Off;
            }
            left -= length - done;
            if (on)
                current.Add(to);
        }
        if (on && current.Count > 1)
            yield return [.. current];
    }
}
