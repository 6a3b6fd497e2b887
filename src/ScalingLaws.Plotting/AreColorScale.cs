namespace ScalingLaws.Plotting;

/// <summary>
/// Colours for ARE values: viridis reversed over [0, top], light yellow for no error, dark purple
/// at the top and beyond. Also the colour bar's colormap, over the same range.
/// </summary>
internal sealed class AreColorScale : IColormap
{
    private static readonly IColormap Viridis = new ScottPlot.Colormaps.Viridis();

    private AreColorScale(double top, bool clipped)
    {
        Top = top;
        Clipped = clipped;
    }

    /// <summary>The ARE (a fraction) that takes the darkest colour.</summary>
    public double Top { get; }

    /// <summary>Whether some value lies above <see cref="Top"/>.</summary>
    public bool Clipped { get; }

    public string Name => "ARE (viridis reversed)";

    /// <summary>
    /// 0 to the largest value rounded up to 5%, but at least to 15% (the last contour level, so a
    /// table of small errors does not look dark) and at most to 30% (so large errors do not wash out
    /// the small ones).
    /// </summary>
    public static AreColorScale For(IEnumerable<double> values)
    {
        var max = values.DefaultIfEmpty(AreHeatmapFigure.ColorScaleCap).Max();
        if (max > AreHeatmapFigure.ColorScaleCap)
            return new AreColorScale(AreHeatmapFigure.ColorScaleCap, clipped: true);
        var top = Math.Ceiling(Math.Round(max * 100, 6) / 5) * 5 / 100;
        return new AreColorScale(Math.Clamp(top, AreHeatmapFigure.ColorScaleFloor, AreHeatmapFigure.ColorScaleCap), clipped: false);
    }

    /// <summary>The colour at <paramref name="position"/> along the bar, 0 (no error) to 1 (the top).</summary>
    public Color GetColor(double position) => Viridis.GetColor(1 - Math.Clamp(double.IsFinite(position) ? position : 1, 0, 1));

    /// <summary>The fill of a cell with this ARE.</summary>
    public Color ColorOf(double are) => GetColor(are / Top);

    /// <summary>The colour bar's ticks in percent: every 5%, the top one "≥30" when values go beyond it.</summary>
    public Tick[] Ticks()
    {
        var topPercent = (int)Math.Round(Top * 100);
        const int step = 5;
        return [.. Enumerable.Range(0, topPercent / step + 1)
            .Select(i => i * step)
            .Select(v => Tick.Major(v, v == topPercent && Clipped ? $"≥{v}" : v.ToString(CultureInfo.InvariantCulture)))];
    }

    /// <summary>White or ink, whichever contrasts more with <paramref name="fill"/> (WCAG contrast ratio).</summary>
    public static Color TextOn(Color fill)
    {
        var onWhite = 1.05 / (Luminance(fill) + 0.05);
        var onInk = (Luminance(fill) + 0.05) / (Luminance(FigureStyle.Ink) + 0.05);
        return onWhite > onInk ? Colors.White : FigureStyle.Ink;
    }

    /// <summary>Relative luminance of an sRGB colour, 0 (black) to 1 (white).</summary>
    public static double Luminance(Color color)
    {
        static double Linear(byte channel)
        {
            var c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Linear(color.R) + 0.7152 * Linear(color.G) + 0.0722 * Linear(color.B);
    }
}
