using ScalingLaws.Planning;

namespace ScalingLaws.Plotting;

/// <summary>
/// Observed loss against training compute, with the law's compute-optimal frontier L*(C) and, given bootstrap
/// resamples, its 95% band.
/// </summary>
internal static class LossVsComputeFigure
{
    private const int MaxSizeSeries = 8;
    private const int FrontierSamples = 100;

    /// <summary>The band's edges: a dark red, apart from the frontier's own red.</summary>
    private static readonly Color BandEdge = Color.FromHex("#8c1515");

    public static Plot Create(IEnumerable<Observation> runs, ComputeOptimal? law, string? title, AllocationUncertainty? spread = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var points = runs
            .Select(r => (r.Params, Flops: double.IsFinite(r.Flops) ? r.Flops : Compute.Flops(r.Params, r.Tokens), r.Loss))
            .Where(r => r.Flops > 0 && double.IsFinite(r.Flops) && double.IsFinite(r.Loss))
            .ToList();
        if (points.Count == 0 && law is null)
            throw new ScalingLawsException("nothing to plot against compute: no run has compute (or N and D) and a loss, and no law was given.");

        var plot = new Plot();
        FigureStyle.Apply(plot, title ?? "Loss against compute", "Compute C (FLOPs)", "Loss (nats)");
        LogAxis.Apply(plot.Axes.Bottom, LogTickLabels.PowerOfTen);
        var legend = new LegendPlacement();
        var occupied = new List<Coordinates>();

        var (left, right) = points.Count == 0
            ? (18.0, 24.0)
            : (LogAxis.Transform(points.Min(p => p.Flops)), LogAxis.Transform(points.Max(p => p.Flops)));
        var pad = Math.Max(0.06 * (right - left), 0.1);
        (left, right) = (left - pad, right + pad);

        // Runs, one colour per model size when there are few sizes (checkpoints of a few models), else one series.
        var sizes = points.Select(p => p.Params).Where(double.IsFinite).Distinct().Order().ToArray();
        var bySize = sizes.Length is > 1 and <= MaxSizeSeries && points.All(p => double.IsFinite(p.Params));
        var groups = bySize
            ? sizes.Select(n => (Label: $"N = {QuantityLabels.Count(n)}", Runs: points.Where(p => p.Params == n).ToList())).ToList()
            : [(Label: "Observed runs", Runs: points)];
        var colors = bySize ? FigureStyle.Sequential(groups.Count) : [FigureStyle.Runs];
        var runEntries = new LegendPlacement();
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Runs.Count == 0)
                continue;
            var xs = LogAxis.Transform(groups[i].Runs.Select(r => r.Flops));
            var ys = groups[i].Runs.Select(r => r.Loss).ToArray();
            Array.Sort(xs, ys);
            var scatter = plot.Add.Scatter(xs, ys, colors[i].WithAlpha(0.85));
            scatter.MarkerSize = FigureStyle.PointSize;
            scatter.MarkerShape = MarkerShape.FilledCircle;
            scatter.LineWidth = bySize ? 1.5f : 0;
            occupied.AddRange(Coordinates.Zip(xs, ys));
            if (bySize)
                runEntries.LineAndMarker(groups[i].Label, colors[i], 1.5f, MarkerShape.FilledCircle);
            else
                runEntries.Marker(groups[i].Label, MarkerShape.FilledCircle, colors[i], colors[i]);
        }

        // The law over the runs, and its band over the runs too: under 240 markers a band a few pixels wide disappears.
        // With a band the frontier is drawn thinner, so that a band barely wider than the line still shows.
        var banded = law is not null && spread is { Resamples: > 1 };
        if (banded)
            AddBand(plot, spread!, left, right, legend, occupied);
        if (law is not null)
        {
            var frontier = FrontierGrid(left, right).Select(x => new Coordinates(x, law.ForFlops(Math.Pow(10, x)).Loss)).ToArray();
            var width = banded ? FigureStyle.LineWidth : FigureStyle.ThickLineWidth;
            var line = plot.Add.ScatterLine(frontier, FigureStyle.Frontier);
            line.LineWidth = width;
            line.MarkerSize = 0;
            occupied.AddRange(frontier);
            legend.Line("Compute-optimal L*(C)", FigureStyle.Frontier, width);
        }
        legend.Append(runEntries); // the law's entries first, though the runs are drawn first

        var bottom = occupied.Min(c => c.Y);
        var top = occupied.Max(c => c.Y);
        var yPad = Math.Max(0.06 * (top - bottom), 0.02);
        legend.Show(plot, new AxisLimits(left, right, bottom - yPad, top + yPad), occupied, LegendRoom.Vertical);
        return plot;
    }

    // The 2.5th–97.5th percentile of L*(C) over the resamples' laws, at each sampled C.
    private static void AddBand(Plot plot, AllocationUncertainty spread, double left, double right, LegendPlacement legend, List<Coordinates> occupied)
    {
        var xs = FrontierGrid(left, right);
        // L* alone at each C, the points in parallel: every resample's law at 100 points is most of this figure's work.
        var losses = new Uncertainty.Uncertainty[xs.Length];
        Parallel.For(0, xs.Length, i =>
        {
            var flops = Math.Pow(10, xs[i]);
            losses[i] = spread.Of(law => law.ForFlops(flops).Loss);
        });
        var band = plot.Add.FillY(xs, [.. losses.Select(u => u.Lower)], [.. losses.Select(u => u.Upper)]);
        band.FillColor = FigureStyle.Frontier.WithAlpha(0.35);
        band.LineColor = BandEdge; // its edges stay visible where the band is only a little wider than the frontier's line
        band.LineWidth = 1;
        occupied.AddRange(xs.Zip(losses, (x, u) => new Coordinates(x, u.Lower)));
        occupied.AddRange(xs.Zip(losses, (x, u) => new Coordinates(x, u.Upper)));
        legend.Marker($"95% band ({spread.Resamples} resamples)", MarkerShape.FilledSquare, FigureStyle.Frontier.WithAlpha(0.35), BandEdge, 14);
    }

    // log10 C at which the frontier and its band are evaluated.
    private static double[] FrontierGrid(double left, double right) =>
        [.. Enumerable.Range(0, FrontierSamples).Select(i => left + (right - left) * i / (FrontierSamples - 1.0))];
}
