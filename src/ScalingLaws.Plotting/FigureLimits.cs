namespace ScalingLaws.Plotting;

/// <summary>Sets an axis to a span given in data units; a logarithmic axis (which plots log10 of the data) gets the span's log10.</summary>
internal static class FigureLimits
{
    private const float RightEdgeRoom = 30;

    public static void Apply(Plot plot, AxisRange? x, AxisRange? y)
    {
        if (x is { } horizontal)
        {
            var (left, right) = Span(plot.Axes.Bottom, horizontal, true);
            plot.Axes.SetLimitsX(left, right);
            // A round limit puts a tick label centred on the right edge: leave room for its half.
            plot.Axes.Right.MinimumSize = Math.Max(plot.Axes.Right.MinimumSize, RightEdgeRoom);
        }
        if (y is { } vertical)
        {
            var (bottom, top) = Span(plot.Axes.Left, vertical, false);
            plot.Axes.SetLimitsY(bottom, top);
        }
    }

    private static (double Low, double High) Span(IAxis axis, AxisRange range, bool horizontal)
    {
        if (!double.IsFinite(range.Low) || !double.IsFinite(range.High) || !(range.Low < range.High))
            throw new AxisLimitsException(horizontal, range, logarithmic: false);
        if (axis.TickGenerator is not LogTickGenerator)
            return (range.Low, range.High);
        if (!(range.Low > 0))
            throw new AxisLimitsException(horizontal, range, logarithmic: true);
        return (LogAxis.Transform(range.Low), LogAxis.Transform(range.High));
    }
}
