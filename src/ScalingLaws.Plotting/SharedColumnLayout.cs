namespace ScalingLaws.Plotting;

/// <summary>
/// Lays out panels stacked in one column so that their data areas share left and right edges: each panel's own
/// automatic layout, its left and right margins widened to the widest in the column. Left alone, a panel with wider
/// tick labels gets a narrower data area, and one step lands on different pixels in each panel.
/// </summary>
/// <param name="column">The panels with the share of the column's height each takes (3/4 and 1/4, say).</param>
internal sealed class SharedColumnLayout(IReadOnlyList<(Plot Panel, double Share)> column) : ILayoutEngine
{
    private readonly ScottPlot.LayoutEngines.Automatic automatic = new();

    public static void Apply(IReadOnlyList<(Plot Panel, double Share)> column)
    {
        var layout = new SharedColumnLayout(column);
        foreach (var (panel, _) in column)
            panel.Layout.LayoutEngine = layout;
    }

    public Layout GetLayout(PixelRect figureRect, Plot plot, Paint paint)
    {
        var own = automatic.GetLayout(figureRect, plot, paint);
        // Every panel is measured in its own rectangle, found from this one's share, so each call agrees on the margins.
        var columnHeight = figureRect.Height / column.Single(c => c.Panel == plot).Share;
        var (left, right) = (0f, 0f);
        foreach (var (panel, share) in column)
        {
            var rect = new PixelRect(figureRect.Left, figureRect.Right, figureRect.Top + (float)(columnHeight * share), figureRect.Top);
            var layout = panel == plot ? own : automatic.GetLayout(rect, panel, paint);
            left = Math.Max(left, layout.DataRect.Left - layout.FigureRect.Left);
            right = Math.Max(right, layout.FigureRect.Right - layout.DataRect.Right);
        }
        var data = new PixelRect(figureRect.Left + left, figureRect.Right - right, own.DataRect.Bottom, own.DataRect.Top);
        return new Layout(figureRect, data, own.PanelSizes, own.PanelOffsets);
    }
}
