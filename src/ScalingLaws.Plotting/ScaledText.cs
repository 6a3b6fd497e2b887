namespace ScalingLaws.Plotting;

/// <summary>
/// Every text of a plot (title, axis labels, tick labels, legend, text labels, and the text that plottables and panels of
/// their own draw, such as the ARE heatmap's values and colour bar) scaled for one render and put back on
/// dispose, so that saving one plot in several sizes or styles never compounds.
/// </summary>
internal sealed class ScaledText : IDisposable
{
    private readonly List<Action> restore = [];

    public ScaledText(Plot plot, float factor)
    {
        if (factor == 1)
            return;
        Scale(plot.Axes.Title.Label, factor);
        foreach (var axis in plot.Axes.GetAxes())
        {
            Scale(axis.Label, factor);
            Scale(axis.TickLabelStyle, factor);
        }
        var legend = plot.Legend.FontSize;
        plot.Legend.FontSize = legend * factor;
        restore.Add(() => plot.Legend.FontSize = legend);
        foreach (var text in plot.GetPlottables().OfType<ScottPlot.Plottables.Text>())
        {
            var size = text.LabelFontSize;
            text.LabelFontSize = size * factor;
            restore.Add(() => text.LabelFontSize = size);
        }
        foreach (var own in plot.GetPlottables().OfType<IScaledText>().Concat(plot.Axes.GetPanels().OfType<IScaledText>()))
        {
            var scale = own.TextScale;
            own.TextScale = scale * factor;
            restore.Add(() => own.TextScale = scale);
        }
    }

    private void Scale(LabelStyle style, float factor)
    {
        var size = style.FontSize;
        style.FontSize = size * factor;
        restore.Add(() => style.FontSize = size);
    }

    public void Dispose()
    {
        foreach (var undo in restore)
            undo();
        restore.Clear();
    }
}
