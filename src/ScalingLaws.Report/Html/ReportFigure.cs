using ScottPlot;

namespace ScalingLaws.Report.Html;

/// <summary>A figure on the page: the plot as inline SVG (rendered in memory, no file) with a caption.</summary>
internal static class ReportFigure
{
    public const int Width = 800;
    public const int Height = 600;

    /// <param name="id">Unique on the page; it also prefixes the SVG's own ids.</param>
    public static void Write(HtmlWriter html, Plot plot, string id, string caption) =>
        Write(html, ScalingPlots.ToInlineSvg(plot, id, Width, Height), id, caption);

    /// <summary>A figure of several panels, e.g. loss curves above their schedules.</summary>
    public static void Write(HtmlWriter html, Multiplot panels, string id, string caption) =>
        Write(html, ScalingPlots.ToInlineSvg(panels, id, Width, Height), id, caption);

    private static void Write(HtmlWriter html, string svg, string id, string caption)
    {
        using (html.Tag("figure", ("id", id)))
        {
            html.Trusted(svg);
            html.Element("figcaption", caption);
        }
    }
}
