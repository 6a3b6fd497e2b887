using System.Text.RegularExpressions;
using ScottPlot;

namespace ScalingLaws.Plotting;

/// <summary>
/// A plot as an SVG element to place inside an HTML page: no XML declaration, a viewBox so the page
/// can scale it, and every id (Skia numbers its clip paths from 1 in each image) prefixed so that
/// several figures on one page do not share clip paths. Skia escapes the text it writes.
/// </summary>
internal static partial class InlineSvg
{
    public static string Render(Plot plot, int width, int height, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (width <= 0 || height <= 0)
            throw new ScalingLawsException($"figure size must be positive, got {width}×{height} pixels.");
        if (!SafePrefix().IsMatch(idPrefix))
            throw new ArgumentException($"'{idPrefix}' is not an id prefix: use letters, digits and '-', starting with a letter.", nameof(idPrefix));
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
            throw new InvalidOperationException("the SVG renderer returned no <svg> element.");
        svg = svg[start..].Trim();
        svg = References().Replace(svg, m => $"{m.Groups["head"].Value}{idPrefix}{m.Groups["id"].Value}");
        return svg.Replace("<svg ", $"<svg viewBox=\"0 0 {width} {height}\" ", StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$")]
    private static partial Regex SafePrefix();

    // id="x", url(#x) and href="#x" (also xlink:href).
    [GeneratedRegex("""(?<head>\bid="|url\(#|href="#)(?<id>[^"\)]+)""")]
    private static partial Regex References();
}
