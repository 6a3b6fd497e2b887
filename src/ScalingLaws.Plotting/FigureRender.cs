using System.Text;
using SkiaSharp;

namespace ScalingLaws.Plotting;

/// <summary>
/// A figure's bytes in one format: the axis limits asked for, text scaled by style and font scale, the layout drawn at the
/// figure's size (its 800×600 layout scaled up, text with it) and at the PNG's resolution. Sizes are put back afterwards.
/// </summary>
internal static class FigureRender
{
    // PDF measures in points: 72 to the inch, against 96 CSS pixels.
    private const float PointsPerPixel = 72f / FigureSettings.BaseDpi;

    public static byte[] Bytes(Plot plot, FigureFormat format, FigureSettings settings)
    {
        FigureLimits.Apply(plot, settings.XLimits, settings.YLimits);
        using var scaled = new Scaled([plot], settings, format);
        return format switch
        {
            FigureFormat.Png => plot.GetImageBytes(settings.Pixels.Width, settings.Pixels.Height, ImageFormat.Png),
            FigureFormat.Pdf => Pdf(canvas => plot.Render(canvas, settings.Width, settings.Height), settings),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(plot.GetSvgXml(settings.Width, settings.Height)),
        };
    }

    /// <summary>Panels sharing the horizontal axis: the x limits go to every panel, the y limits to the first (main) one.</summary>
    public static byte[] Bytes(Multiplot multiplot, FigureFormat format, FigureSettings settings)
    {
        var panels = multiplot.GetPlots();
        for (var i = 0; i < panels.Length; i++)
            FigureLimits.Apply(panels[i], settings.XLimits, i == 0 ? settings.YLimits : null);
        using var scaled = new Scaled(panels, settings, format);
        return format switch
        {
            FigureFormat.Png => multiplot.Render(settings.Pixels.Width, settings.Pixels.Height).GetImageBytes(ImageFormat.Png),
            FigureFormat.Pdf => Pdf(canvas => multiplot.Render(canvas, new PixelRect(0, settings.Width, settings.Height, 0)), settings),
            _ => InlineSvg.MultiplotSvg(multiplot, settings.Width, settings.Height),
        };
    }

    /// <summary>One PDF page of the figure's size in points, drawn by Skia's PDF backend: paths stay paths, text stays text.</summary>
    private static byte[] Pdf(Action<SKCanvas> draw, FigureSettings settings)
    {
        using var stream = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(settings.Width * PointsPerPixel, settings.Height * PointsPerPixel);
            canvas.Scale(PointsPerPixel);
            draw(canvas);
            document.EndPage();
            document.Close();
        }
        return stream.DetachAsData().ToArray();
    }

    /// <summary>Each panel's scale factor and text sizes for this render, restored on dispose.</summary>
    private sealed class Scaled : IDisposable
    {
        private readonly List<(Plot Plot, double Factor)> factors = [];
        private readonly List<ScaledText> texts = [];

        public Scaled(IEnumerable<Plot> panels, FigureSettings settings, FigureFormat format)
        {
            // PNG pixels hold the size at the chosen resolution; SVG and PDF draw in size units.
            var resolution = format == FigureFormat.Png ? (double)settings.Dpi / FigureSettings.BaseDpi : 1;
            foreach (var panel in panels)
            {
                factors.Add((panel, panel.ScaleFactor));
                panel.ScaleFactor = settings.SizeScale * resolution;
                texts.Add(new ScaledText(panel, settings.TextScale));
            }
        }

        public void Dispose()
        {
            foreach (var (plot, factor) in factors)
                plot.ScaleFactor = factor;
            foreach (var text in texts)
                text.Dispose();
        }
    }
}
