using ScottPlot.Panels;
using ScottPlot.TickGenerators;

namespace ScalingLaws.Plotting;

/// <summary>
/// The ARE heatmap's colour bar on the right, in percent, framed in ink, with the contour levels
/// marked across it in the contours' own line style, so the bar doubles as their key.
/// </summary>
internal sealed class AreColorBar : IPanel, IScaledText
{
    private const float BarWidth = 26;
    private const float Gap = 14;

    private readonly ColorBar bar;
    private readonly AreColorScale scale;
    private readonly double[] levels;

    public AreColorBar(IHasColorAxis source, AreColorScale scale, IReadOnlyList<double> levels)
    {
        this.scale = scale;
        this.levels = [.. levels];
        bar = new ColorBar(source, Edge.Right) { Width = BarWidth, Label = "ARE (%)" };
        var axis = bar.Axis;
        axis.TickGenerator = new NumericManual(scale.Ticks());
        axis.Label.FontName = FigureStyle.FontName;
        axis.Label.ForeColor = FigureStyle.Ink;
        axis.Label.Bold = false;
        axis.TickLabelStyle.FontName = FigureStyle.FontName;
        axis.TickLabelStyle.ForeColor = FigureStyle.Ink;
        axis.MajorTickStyle.Length = 5;
        axis.MajorTickStyle.Width = 1.5f;
        axis.MajorTickStyle.Color = FigureStyle.Ink;
        axis.MinorTickStyle.Length = 0;
        axis.FrameLineStyle.Width = 0;
        TextScale = 1;
    }

    /// <summary>The factor on the bar's label and tick labels, like the figure's own axes.</summary>
    public float TextScale
    {
        get;
        set
        {
            field = value;
            bar.Axis.Label.FontSize = FigureStyle.FontSize.AxisLabel * value;
            bar.Axis.TickLabelStyle.FontSize = FigureStyle.FontSize.TickLabel * value;
        }
    }

    public bool IsVisible { get; set; } = true;

    public Edge Edge => Edge.Right;

    public bool ShowDebugInformation { get; set; }

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public float Measure(Paint paint) => IsVisible ? Gap + bar.Measure(paint) : 0;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        bar.GetPanelRect(dataRect, size, offset + Gap, paint);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible)
            return;
        bar.Render(rp, size - Gap, offset + Gap);

        var left = rp.DataRect.Right + offset + Gap;
        var rect = new PixelRect(left, left + BarWidth, rp.DataRect.Bottom, rp.DataRect.Top);
        var marks = levels
            .Select((level, index) => (level, index))
            .Where(m => m.level < scale.Top)
            .Select(m => (m.index, y: rect.Bottom - (float)(m.level / scale.Top) * rect.Height))
            .Select(m => (m.index, (Pixel[])[new Pixel(rect.Left, m.y), new Pixel(rect.Right, m.y)]));
        ContourStrokes.Draw(rp.Canvas, rp.Paint, marks, []);
        Drawing.DrawRectangle(rp.Canvas, rect, rp.Paint, new LineStyle(1.5f, FigureStyle.Ink));
    }
}
