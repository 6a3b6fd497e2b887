using SkiaSharp;

namespace ScalingLaws.Plotting;

/// <summary>A legend symbol of dashes with a marker in the middle, for dashed series that also have points.</summary>
internal sealed class DashedWithMarker(Color color, float width, float symbolWidth, MarkerStyle marker) : IMarker
{
    private readonly DashedLegendSymbol dashes = new(color, width, symbolWidth);

    public void Render(SKCanvas canvas, Paint paint, Pixel center, float size, MarkerStyle markerStyle)
    {
        dashes.Render(canvas, paint, center, size, markerStyle);
        var plain = new MarkerStyle(marker.Shape, marker.Size)
        {
            FillColor = marker.FillColor,
            LineColor = marker.LineColor,
            LineWidth = marker.LineWidth,
            OutlineColor = marker.OutlineColor,
            OutlineWidth = marker.OutlineWidth,
        };
        Drawing.DrawMarker(canvas, paint, center, plain);
    }
}
