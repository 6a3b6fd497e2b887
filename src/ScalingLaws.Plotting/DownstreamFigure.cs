namespace ScalingLaws.Plotting;

/// <summary>
/// Accuracy against loss or compute: the fitted scores (filled), the held-out ones (hollow, red), the law's curve over
/// both with its shaded 95% band, and the chance level as a dashed line.
/// </summary>
internal static class DownstreamFigure
{
    public static Plot Create(DownstreamPlotData data, string? title)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Fitted.Count == 0 || data.Curve.Count < 2)
            throw new ScalingLawsException("nothing to plot: the task has no fitted scores.");
        var plot = new Plot();
        FigureStyle.Apply(plot, title ?? $"{data.Task}: {data.Law} law", data.XLabel, "Accuracy");
        if (data.AgainstCompute)
            LogAxis.Apply(plot.Axes.Bottom, LogTickLabels.PowerOfTen);
        double X(double x) => data.AgainstCompute ? LogAxis.Transform(x) : x;
        var legend = new LegendPlacement();
        var occupied = new List<Coordinates>();

        var xs = data.Curve.Select(c => X(c.X)).ToArray();
        var band = plot.Add.FillY(xs, [.. data.Curve.Select(c => c.Lower)], [.. data.Curve.Select(c => c.Upper)]);
        band.FillColor = FigureStyle.Frontier.WithAlpha(0.15);
        band.LineWidth = 0;
        legend.Line("95% interval", FigureStyle.Frontier.WithAlpha(0.3), 10);
        var line = plot.Add.ScatterLine(xs, [.. data.Curve.Select(c => c.Accuracy)], FigureStyle.Frontier);
        line.LineWidth = FigureStyle.ThickLineWidth;
        legend.Line($"{data.Law} law", FigureStyle.Frontier, FigureStyle.ThickLineWidth);
        occupied.AddRange(data.Curve.Select(c => new Coordinates(X(c.X), c.Accuracy)));

        var (left, right) = (xs.Min(), xs.Max());
        var pad = 0.04 * (right - left);
        (left, right) = (left - pad, right + pad);
        plot.Add.Plottable(new DashedLine([new(left, data.Chance), new(right, data.Chance)], FigureStyle.Reference, 1.5f));
        legend.Dashed($"chance ({data.Chance:0.##})", FigureStyle.Reference, 1.5f);

        Add(plot, data.Fitted, X, FigureStyle.Runs, MarkerShape.FilledCircle, occupied);
        legend.Marker("fitted scores", MarkerShape.FilledCircle, FigureStyle.Runs, FigureStyle.Runs);
        if (data.HeldOut.Count > 0)
        {
            Add(plot, data.HeldOut, X, FigureStyle.Frontier, MarkerShape.OpenCircle, occupied);
            legend.Marker("held out", MarkerShape.OpenCircle, Colors.White, FigureStyle.Frontier);
        }
        var (bottom, top) = (Math.Min(data.Chance, occupied.Min(c => c.Y)), occupied.Max(c => c.Y));
        var yPad = Math.Max(0.06 * (top - bottom), 0.01);
        legend.Show(plot, new AxisLimits(left, right, bottom - yPad, top + yPad), occupied);
        return plot;
    }

    private static void Add(Plot plot, IReadOnlyList<(double X, double Accuracy)> points, Func<double, double> x, Color color, MarkerShape shape, List<Coordinates> occupied)
    {
        var xs = points.Select(p => x(p.X)).ToArray();
        var ys = points.Select(p => p.Accuracy).ToArray();
        var scatter = plot.Add.ScatterPoints(xs, ys, color);
        scatter.MarkerShape = shape;
        scatter.MarkerSize = FigureStyle.PointSize;
        FigureStyle.Outline(scatter.MarkerStyle, shape == MarkerShape.OpenCircle ? Colors.White : color.WithAlpha(0.7), color);
        occupied.AddRange(Coordinates.Zip(xs, ys));
    }
}
