namespace ScalingLaws.Plotting;

/// <summary>
/// Text centred on a point by its capitals and digits rather than its line box, so numbers sit in the middle of a cell:
/// the heatmap's printed values and its contour labels.
/// </summary>
internal static class CentredText
{
    /// <summary>A centred label in the figure's font, without a border.</summary>
    public static LabelStyle Style(float size, Color color) => new()
    {
        FontName = FigureStyle.FontName,
        FontSize = size,
        ForeColor = color,
        Alignment = Alignment.MiddleCenter,
        BorderWidth = 0,
    };

    /// <summary>The box of the text's capitals and digits (not the taller line box), centred on <paramref name="at"/>.</summary>
    public static PixelRect InkBox(LabelStyle style, string text, Paint paint, Pixel at)
    {
        var width = style.Measure(text, paint).Width;
        var cap = CapHeight(style, paint);
        return new PixelRect(at.X - width / 2, at.X + width / 2, at.Y + cap / 2, at.Y - cap / 2);
    }

    /// <summary>
    /// Draws <paramref name="text"/> with its capitals and digits centred on <paramref name="at"/>.
    /// ScottPlot centres the line box, descender room included, which puts digits visibly high.
    /// </summary>
    public static void Draw(SkiaSharp.SKCanvas canvas, Paint paint, LabelStyle style, string text, Pixel at)
    {
        var measured = style.Measure(text, paint);
        // ScottPlot puts the baseline half the line box, less the font's bottom extent, below the anchor.
        var baseline = measured.Height / 2 - measured.Bottom;
        style.OffsetY = -(baseline - CapHeight(style, paint) / 2);
        style.Render(canvas, at, paint, text);
    }

    private static float CapHeight(LabelStyle style, Paint paint)
    {
        style.ApplyToPaint(paint);
        return paint.GetFontMetrics().Item2.CapHeight;
    }
}
