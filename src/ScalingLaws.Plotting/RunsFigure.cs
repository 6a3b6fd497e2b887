namespace ScalingLaws.Plotting;

/// <summary>
/// Where the runs lie in the (N, D) plane, on log-log axes, one colour per family when there are a
/// few, with the line of 20 tokens per parameter (Hoffmann et al.'s compute-optimal ratio) for scale.
/// </summary>
internal static class RunsFigure
{
    private const int MaxFamilySeries = 8;
    private const double ReferenceTokensPerParam = 20;

    public static Plot Create(IEnumerable<Observation> runs, string? title)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var points = runs
            .Select(r => (r.Family, r.Params, Tokens: double.IsFinite(r.Tokens) ? r.Tokens : Compute.Tokens(r.Flops, r.Params)))
            .Where(r => r.Params > 0 && r.Tokens > 0 && double.IsFinite(r.Params) && double.IsFinite(r.Tokens))
            .ToList();
        if (points.Count == 0)
            throw new ScalingLawsException("no run has a positive model size and token count to plot.");

        var plot = new Plot();
        FigureStyle.Apply(plot, title ?? "Runs over model size and training tokens", "Parameters N", "Training tokens D");
        LogAxis.Apply(plot.Axes.Bottom, LogTickLabels.Count);
        LogAxis.Apply(plot.Axes.Left, LogTickLabels.Count);

        var xs = LogAxis.Transform(points.Select(p => p.Params));
        var ys = LogAxis.Transform(points.Select(p => p.Tokens));
        var pad = 0.25;
        var limits = new AxisLimits(xs.Min() - pad, xs.Max() + pad, ys.Min() - pad, ys.Max() + pad);
        var legend = new LegendPlacement();
        var occupied = new List<Coordinates>(Coordinates.Zip(xs, ys));

        // D = 20 N is the straight line y = x + log10(20) on these axes, clipped to the view.
        var offset = LogAxis.Transform(ReferenceTokensPerParam);
        var (x0, x1) = (Math.Max(limits.Left, limits.Bottom - offset), Math.Min(limits.Right, limits.Top - offset));
        if (x0 < x1)
        {
            Coordinates[] line = [new(x0, x0 + offset), new(x1, x1 + offset)];
            plot.Add.Plottable(new DashedLine(line, FigureStyle.Reference, 2));
            legend.Dashed($"D = {ReferenceTokensPerParam:0} N", FigureStyle.Reference, 2);
        }

        var families = points.Select(p => p.Family).Distinct().ToList();
        var byFamily = families.Count is > 1 and <= MaxFamilySeries;
        var colors = byFamily ? FigureStyle.Sequential(families.Count) : [FigureStyle.Runs];
        var groups = byFamily ? families : [null];
        for (var i = 0; i < groups.Count; i++)
        {
            var members = Enumerable.Range(0, points.Count).Where(j => !byFamily || points[j].Family == groups[i]).ToArray();
            var scatter = plot.Add.ScatterPoints(members.Select(j => xs[j]).ToArray(), members.Select(j => ys[j]).ToArray(), colors[i].WithAlpha(0.8));
            scatter.MarkerShape = MarkerShape.FilledCircle;
            scatter.MarkerSize = FigureStyle.PointSize;
            var label = byFamily ? $"{groups[i] ?? "(no family)"} ({members.Length})" : $"Runs ({members.Length})";
            legend.Marker(label, MarkerShape.FilledCircle, colors[i], colors[i]);
        }

        legend.Show(plot, limits, occupied);
        return plot;
    }
}
