namespace ScalingLaws.Plotting;

/// <summary>
/// Residuals against an input on a log axis, with zero marked and, for a Huber fit, the band ±δ:
/// rows outside it count linearly in the objective (down-weighted) and are drawn hollow in red.
/// </summary>
internal static class ResidualsFigure
{
    private static readonly Color Outlier = FigureStyle.Frontier;

    public static Plot Create(ResidualsPlotData data, string? title)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Inputs.Count != data.Residuals.Count)
            throw new ScalingLawsException($"a residual plot needs one residual per input, got {data.Residuals.Count} residuals for {data.Inputs.Count} inputs.");
        if (data.Delta is { } d && !(d > 0 && double.IsFinite(d)))
            throw new ScalingLawsException($"the Huber threshold δ must be positive, got {d}.");
        var rows = data.Inputs.Zip(data.Residuals)
            .Where(p => p.First > 0 && double.IsFinite(p.First) && double.IsFinite(p.Second))
            .Select(p => (X: LogAxis.Transform(p.First), R: p.Second))
            .ToList();
        if (rows.Count == 0)
            throw new ScalingLawsException("no row has a positive input and a finite residual to plot.");

        var plot = new Plot();
        var yLabel = data.LogScale ? "Residual ln L − ln L̂" : "Residual L − L̂ (nats)";
        var name = data.InputLabel.Length > 0 ? char.ToLowerInvariant(data.InputLabel[0]) + data.InputLabel[1..] : data.InputLabel;
        FigureStyle.Apply(plot, title ?? $"Residuals against {name}", data.InputLabel, yLabel);
        LogAxis.Apply(plot.Axes.Bottom, LogTickLabels.Count);

        var (left, right) = (rows.Min(r => r.X), rows.Max(r => r.X));
        var xPad = Math.Max(0.05 * (right - left), 0.1);
        (left, right) = (left - xPad, right + xPad);
        var extent = rows.Max(r => Math.Abs(r.R));
        if (data.Delta is { } band)
            extent = Math.Max(extent, band);
        extent = Math.Max(1.12 * extent, 1e-6);
        var legend = new LegendPlacement();
        var occupied = new List<Coordinates>();

        plot.Add.Plottable(new DashedLine([new(left, 0), new(right, 0)], FigureStyle.Reference, 1.5f));
        if (data.Delta is { } delta)
        {
            var shade = plot.Add.Rectangle(left, right, -delta, delta);
            shade.FillColor = FigureStyle.Runs.WithAlpha(0.12);
            shade.LineWidth = 0;
            legend.Marker($"|r| ≤ δ = {delta.ToString("G3", CultureInfo.InvariantCulture)}: full weight", MarkerShape.FilledCircle, FigureStyle.Runs, FigureStyle.Runs);
            legend.Marker("|r| > δ: down-weighted by Huber", MarkerShape.OpenCircle, Colors.White, Outlier);
        }
        var inside = rows.Where(r => data.Delta is not { } t || Math.Abs(r.R) <= t).ToList();
        var outside = rows.Except(inside).ToList();
        Add(plot, inside, FigureStyle.Runs.WithAlpha(0.8), MarkerShape.FilledCircle);
        Add(plot, outside, Outlier, MarkerShape.OpenCircle);
        if (data.Delta is null)
            legend.Marker($"Rows ({rows.Count})", MarkerShape.FilledCircle, FigureStyle.Runs, FigureStyle.Runs);
        occupied.AddRange(rows.Select(r => new Coordinates(r.X, r.R)));

        legend.Show(plot, new AxisLimits(left, right, -extent, extent), occupied);
        return plot;
    }

    private static void Add(Plot plot, List<(double X, double R)> rows, Color color, MarkerShape shape)
    {
        if (rows.Count == 0)
            return;
        var points = plot.Add.ScatterPoints(rows.Select(r => r.X).ToArray(), rows.Select(r => r.R).ToArray(), color);
        points.MarkerShape = shape;
        points.MarkerSize = FigureStyle.PointSize;
        FigureStyle.Outline(points.MarkerStyle, shape == MarkerShape.OpenCircle ? Colors.White : color, color);
    }
}
