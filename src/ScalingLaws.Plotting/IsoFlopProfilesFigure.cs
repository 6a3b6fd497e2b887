namespace ScalingLaws.Plotting;

/// <summary>Loss against model size for each compute budget: runs, fitted parabola in ln N and its minimum.</summary>
internal static class IsoFlopProfilesFigure
{
    private const int CurveSamples = 160;
    private const float VertexSize = 17;

    public static Plot Create(IReadOnlyList<IsoFlopProfilePlotData> profiles, string? title)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (profiles.Count == 0)
            throw new ScalingLawsException("no IsoFLOP budgets to plot; give at least one budget with its runs.");
        foreach (var profile in profiles)
            Validate(profile);

        var ordered = profiles.OrderBy(p => p.Flops).ToList();
        var colors = FigureStyle.Sequential(ordered.Count);
        var plot = new Plot();
        FigureStyle.Apply(plot, title ?? "IsoFLOP profiles", "Parameters N", "Loss (nats)");
        LogAxis.Apply(plot.Axes.Bottom, LogTickLabels.Count);

        var legend = new LegendPlacement();
        var occupied = new List<Coordinates>();
        var anyParabola = false;
        var anyVertex = false;
        for (var i = 0; i < ordered.Count; i++)
        {
            var profile = ordered[i];
            var color = colors[i];
            var xs = LogAxis.Transform(profile.Points.Select(p => p.Params));
            var ys = profile.Points.Select(p => p.Loss).ToArray();
            var points = plot.Add.ScatterPoints(xs, ys, color);
            points.MarkerSize = FigureStyle.PointSize;
            points.MarkerShape = profile.Included ? MarkerShape.FilledCircle : MarkerShape.OpenCircle;
            FigureStyle.Outline(points.MarkerStyle, profile.Included ? color : Colors.White, color);
            occupied.AddRange(Coordinates.Zip(xs, ys));

            if (profile.Parabola is not null)
            {
                anyParabola = true;
                var curve = Curve(profile, xs);
                if (profile.Included)
                {
                    var line = plot.Add.ScatterLine(curve, color);
                    line.LineWidth = FigureStyle.LineWidth;
                    line.MarkerSize = 0;
                }
                else
                {
                    plot.Add.Plottable(new DashedLine(curve, color, FigureStyle.LineWidth));
                }
                occupied.AddRange(curve);
            }
            if (profile.Vertex is { } vertex)
            {
                anyVertex = true;
                var at = new Coordinates(LogAxis.Transform(vertex.Params), vertex.Loss);
                var marker = plot.Add.Marker(at, MarkerShape.FilledDiamond, VertexSize, color);
                FigureStyle.Outline(marker.MarkerStyle, color, FigureStyle.Ink);
                occupied.Add(at);
            }

            var label = $"C = {QuantityLabels.Flops(profile.Flops)} FLOPs" + (profile.Included ? "" : " (excluded)");
            if (profile.Parabola is not null)
                legend.LineAndMarker(label, color, FigureStyle.LineWidth, points.MarkerShape, dashed: !profile.Included);
            else
                legend.Marker(label, points.MarkerShape, profile.Included ? color : Colors.White, color);
        }
        if (anyParabola)
            legend.Line("Parabola in ln N", FigureStyle.Reference, FigureStyle.LineWidth);
        if (anyVertex)
            legend.Marker("Fitted minimum", MarkerShape.FilledDiamond, Colors.White, FigureStyle.Ink, VertexSize);

        legend.Show(plot, Limits(occupied), occupied);
        return plot;
    }

    /// <summary>The parabola over the sampled sizes, a little beyond each end, in plot coordinates.</summary>
    private static Coordinates[] Curve(IsoFlopProfilePlotData profile, double[] log10Params)
    {
        var (low, high) = (log10Params.Min(), log10Params.Max());
        if (profile.Vertex is { } vertex)
        {
            low = Math.Min(low, Math.Log10(vertex.Params));
            high = Math.Max(high, Math.Log10(vertex.Params));
        }
        var pad = 0.04 * Math.Max(high - low, 0.25);
        return [.. Enumerable.Range(0, CurveSamples)
            .Select(i => low - pad + (high - low + 2 * pad) * i / (CurveSamples - 1))
            .Select(x => new Coordinates(x, profile.ParabolaLoss(Math.Pow(10, x))))
            .Where(c => double.IsFinite(c.Y))];
    }

    private static AxisLimits Limits(List<Coordinates> occupied)
    {
        var limits = new AxisLimits(occupied);
        var xPad = Math.Max(0.05 * limits.HorizontalSpan, 0.05);
        var yPad = Math.Max(0.06 * limits.VerticalSpan, 0.01);
        return new AxisLimits(limits.Left - xPad, limits.Right + xPad, limits.Bottom - yPad, limits.Top + yPad);
    }

    private static void Validate(IsoFlopProfilePlotData profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var budget = QuantityLabels.Flops(profile.Flops);
        if (!(profile.Flops > 0) || !double.IsFinite(profile.Flops))
            throw new ScalingLawsException($"IsoFLOP budget {profile.Flops} is not a positive number of FLOPs.");
        if (profile.Points is null || profile.Points.Count == 0)
            throw new ScalingLawsException($"IsoFLOP budget C = {budget} has no runs to plot.");
        if (profile.Points.Any(p => !(p.Params > 0) || !double.IsFinite(p.Params) || !double.IsFinite(p.Loss)))
            throw new ScalingLawsException($"IsoFLOP budget C = {budget} has a run with a non-positive size or a missing loss.");
        if (profile.Parabola is { Count: not 3 })
            throw new ScalingLawsException($"IsoFLOP budget C = {budget}: the parabola needs 3 coefficients (c0, c1, c2), got {profile.Parabola.Count}.");
        if (profile.Parabola is { } c && c.Any(v => !double.IsFinite(v)))
            throw new ScalingLawsException($"IsoFLOP budget C = {budget}: the parabola has a non-finite coefficient.");
        if (profile.Vertex is { } v && (!(v.Params > 0) || !double.IsFinite(v.Params) || !double.IsFinite(v.Loss)))
            throw new ScalingLawsException($"IsoFLOP budget C = {budget}: the minimum ({v.Params:G3}, {v.Loss:G3}) is not a positive size with a finite loss.");
    }
}
