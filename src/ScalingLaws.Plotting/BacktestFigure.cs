namespace ScalingLaws.Plotting;

/// <summary>
/// The error of each held-out prediction against how far it extrapolated (log axis), with its
/// predictive 95% interval as a shaded bar: runs inside their interval filled, runs outside hollow in red.
/// </summary>
internal static class BacktestFigure
{
    private static readonly Color Missed = FigureStyle.Frontier;

    public static Plot Create(BacktestPlotData data, string? title)
    {
        ArgumentNullException.ThrowIfNull(data);
        var points = data.Points.Where(p => p.Factor >= 1 && double.IsFinite(p.Factor) && double.IsFinite(p.LogError) && double.IsFinite(p.LogHalfWidth)).ToList();
        if (points.Count == 0)
            throw new ScalingLawsException("the backtest has no held-out prediction to plot.");
        var plot = new Plot();
        FigureStyle.Apply(plot, title ?? "Held-out error against extrapolation", "Factor beyond the fitted data", "Error ln L − ln L̂");
        LogAxis.Apply(plot.Axes.Bottom, LogTickLabels.PowerOfTen);

        var xs = points.Select(p => LogAxis.Transform(p.Factor)).ToArray();
        var (left, right) = (xs.Min(), xs.Max());
        var pad = Math.Max(0.05 * (right - left), 0.05);
        (left, right) = (left - pad, right + pad);
        var extent = 1.12 * Math.Max(points.Max(p => Math.Abs(p.LogError)), points.Max(p => p.LogHalfWidth));
        var barWidth = Math.Max(0.006 * (right - left), 0.004);
        foreach (var (p, x) in points.Zip(xs))
        {
            var bar = plot.Add.Rectangle(x - barWidth, x + barWidth, -p.LogHalfWidth, p.LogHalfWidth);
            bar.FillColor = FigureStyle.Runs.WithAlpha(0.18);
            bar.LineWidth = 0;
        }
        plot.Add.Plottable(new DashedLine([new(left, 0), new(right, 0)], FigureStyle.Reference, 1.5f));
        Add(plot, points.Zip(xs).Where(z => z.First.Covered).ToList(), FigureStyle.Runs, MarkerShape.FilledCircle);
        Add(plot, points.Zip(xs).Where(z => !z.First.Covered).ToList(), Missed, MarkerShape.OpenCircle);

        var legend = new LegendPlacement();
        legend.Marker($"inside its predictive 95% interval ({(100 * data.Coverage).ToString("0", CultureInfo.InvariantCulture)}% of runs)", MarkerShape.FilledCircle, FigureStyle.Runs, FigureStyle.Runs);
        if (points.Any(p => !p.Covered))
            legend.Marker("outside it", MarkerShape.OpenCircle, Colors.White, Missed);
        legend.Line("predictive 95% interval", FigureStyle.Runs.WithAlpha(0.35), 10);
        legend.Show(plot, new AxisLimits(left, right, -extent, extent), [.. points.Zip(xs).Select(z => new Coordinates(z.Second, z.First.LogError))]);
        return plot;
    }

    private static void Add(Plot plot, List<(BacktestPlotPoint Point, double X)> points, Color color, MarkerShape shape)
    {
        if (points.Count == 0)
            return;
        var scatter = plot.Add.ScatterPoints(points.Select(p => p.X).ToArray(), points.Select(p => p.Point.LogError).ToArray(), color);
        scatter.MarkerShape = shape;
        scatter.MarkerSize = FigureStyle.PointSize;
        FigureStyle.Outline(scatter.MarkerStyle, shape == MarkerShape.OpenCircle ? Colors.White : color, color);
    }
}
