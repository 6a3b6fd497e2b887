using System.Text.RegularExpressions;

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
        Check(width, height, idPrefix);
        return Inline(plot.GetSvgXml(width, height), width, height, idPrefix);
    }

    public static string Render(Multiplot multiplot, int width, int height, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        Check(width, height, idPrefix);
        return Inline(System.Text.Encoding.UTF8.GetString(MultiplotSvg(multiplot, width, height)), width, height, idPrefix);
    }

    /// <summary>The panels drawn on one SVG canvas (ScottPlot has no SVG export for a multiplot).</summary>
    public static byte[] MultiplotSvg(Multiplot multiplot, int width, int height)
    {
        using var stream = new SkiaSharp.SKDynamicMemoryWStream();
        using (var canvas = SkiaSharp.SKSvgCanvas.Create(new SkiaSharp.SKRect(0, 0, width, height), stream))
            multiplot.Render(canvas, new PixelRect(0, width, height, 0));
        return stream.DetachAsData().ToArray();
    }

    private static void Check(int width, int height, string idPrefix)
    {
        if (width <= 0 || height <= 0)
            throw new ScalingLawsException($"figure size must be positive, got {width}×{height} pixels.");
        if (!SafePrefix().IsMatch(idPrefix))
            throw new ArgumentException($"'{idPrefix}' is not an id prefix: use letters, digits and '-', starting with a letter.", nameof(idPrefix));
    }

    private static string Inline(string svg, int width, int height, string idPrefix)
    {
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
