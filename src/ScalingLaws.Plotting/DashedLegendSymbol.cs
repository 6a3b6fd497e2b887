using SkiaSharp;

namespace ScalingLaws.Plotting;

/// <summary>A legend symbol of three solid dashes, matching <see cref="DashedLine"/> in PNG and SVG alike.</summary>
internal sealed class DashedLegendSymbol(Color color, float width, float symbolWidth) : IMarker
{
    public void Render(SKCanvas canvas, Paint paint, Pixel center, float size, MarkerStyle markerStyle)
    {
        var style = new LineStyle(width, color);
        var half = symbolWidth / 2;
        var dash = symbolWidth * 0.3f;
        var gap = (symbolWidth - 3 * dash) / 2;
        for (var k = 0; k < 3; k++)
        {
            var start = center.X - half + k * (dash + gap);
            Drawing.DrawLine(canvas, paint, new Pixel(start, center.Y), new Pixel(start + dash, center.Y), style);
        }
    }
}
