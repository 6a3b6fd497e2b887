namespace ScalingLaws.Plotting;

/// <summary>Predicted against observed loss on equal axis ranges, with the line y = x.</summary>
internal static class PredictedVsObservedFigure
{
    public static Plot Create(PredictedVsObservedPlotData data, string? title)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Observed.Count != data.Predicted.Count)
            throw new ScalingLawsException($"predicted-vs-observed needs one prediction per observation, got {data.Predicted.Count} predictions for {data.Observed.Count} observations.");
        var pairs = data.Observed.Zip(data.Predicted)
            .Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second))
            .ToArray();
        if (pairs.Length == 0)
            throw new ScalingLawsException("predicted-vs-observed has no row with both a finite observed and a finite predicted loss.");

        var plot = new Plot();
        FigureStyle.Apply(plot, title ?? "Predicted against observed loss", "Observed loss (nats)", "Predicted loss (nats)");

        var low = pairs.Min(p => Math.Min(p.First, p.Second));
        var high = pairs.Max(p => Math.Max(p.First, p.Second));
        var pad = Math.Max(0.05 * (high - low), 0.01);
        (low, high) = (low - pad, high + pad);

        plot.Add.Plottable(new DashedLine([new(low, low), new(high, high)], FigureStyle.Reference, 2));

        var xs = pairs.Select(p => p.First).ToArray();
        var ys = pairs.Select(p => p.Second).ToArray();
        var points = plot.Add.ScatterPoints(xs, ys, FigureStyle.Runs.WithAlpha(0.75));
        points.MarkerSize = FigureStyle.PointSize;
        points.MarkerShape = MarkerShape.FilledCircle;

        var rmse = Math.Sqrt(pairs.Average(p => (p.Second - p.First) * (p.Second - p.First)));
        var who = data.LawName is { Length: > 0 } name ? $"{name}: " : "";
        var summary = $"{who}n = {pairs.Length}, RMSE = {rmse.ToString("0.####", CultureInfo.InvariantCulture)} nats";
        var identitySamples = Enumerable.Range(0, 50).Select(i => low + (high - low) * i / 49.0).Select(v => new Coordinates(v, v));
        new LegendPlacement()
            .Marker(summary, MarkerShape.FilledCircle, FigureStyle.Runs, FigureStyle.Runs)
            .Dashed("y = x", FigureStyle.Reference, 2)
            .Show(plot, new AxisLimits(low, high, low, high), [.. Coordinates.Zip(xs, ys), .. identitySamples], LegendRoom.None);
        return plot;
    }
}
