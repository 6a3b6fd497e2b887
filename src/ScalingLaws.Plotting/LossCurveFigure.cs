using ScottPlot;

namespace ScalingLaws.Plotting;

/// <summary>
/// Observed loss curves (points) against a law's prediction (lines), with the fitted window shaded, and the
/// learning-rate schedules in a panel beneath on the same step axis.
/// </summary>
internal static class LossCurveFigure
{
    private const int MaxRuns = 10;
    private const int ScheduleSamples = 400;

    // The loss panel's data area: three quarters of the figure, less its title and the shared axis.
    private const double LossPanelHeightPixels = 330;

    public static Multiplot Create(string law, IReadOnlyList<LossCurvePlotRun> runs, string? title)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0 || runs.Any(r => r.Steps.Count == 0))
            throw new ScalingLawsException("nothing to plot: no run with logged points.");
        if (runs.Count > MaxRuns)
            throw new ScalingLawsException($"{runs.Count} runs are too many to tell apart in one figure (at most {MaxRuns}); plot fewer runs.");

        var multiplot = new Multiplot(); // starts with one plot: the loss panel
        var (loss, schedule) = (multiplot.GetPlot(0), multiplot.AddPlot());
        var grid = new ScottPlot.MultiplotLayouts.CustomGrid();
        grid.Set(loss, new GridCell(0, 0, 4, 1, 3, 1));
        grid.Set(schedule, new GridCell(3, 0, 4, 1, 1, 1));
        multiplot.Layout = grid;
        multiplot.SharedAxes.ShareX([loss, schedule]);

        FigureStyle.Apply(loss, title ?? $"{law} law: observed and predicted loss", "", "Loss (nats)");
        FigureStyle.Apply(schedule, "", "Step", "LR");
        loss.Axes.Bottom.TickLabelStyle.IsVisible = false;

        var (left, right) = (runs.Min(r => r.Steps[0]) * 0.0, runs.Max(r => r.Steps[^1]) * 1.02);
        var legend = new LegendPlacement(LossPanelHeightPixels);
        var occupied = new List<Coordinates>();
        var palette = new ScottPlot.Palettes.Category10();
        if (runs.FirstOrDefault(r => r.FittedUntil is not null) is { FittedUntil: { } until })
        {
            var span = loss.Add.HorizontalSpan(left, until);
            span.FillStyle.Color = Colors.Black.WithAlpha(0.07);
            span.LineStyle.Width = 0;
            legend.Marker("fitted window", MarkerShape.FilledSquare, Colors.Black.WithAlpha(0.15), Colors.Black.WithAlpha(0.15), 14);
        }
        legend.Marker("observed", MarkerShape.FilledCircle, FigureStyle.Reference, FigureStyle.Reference, 6);
        legend.Line("law", FigureStyle.Reference, FigureStyle.LineWidth);
        var lines = new List<(double[] X, double[] Y, Color Color)>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var color = palette.GetColor(i);
            var xs = run.Steps.Select(s => (double)s).ToArray();
            var observed = loss.Add.ScatterPoints(xs, run.Observed.ToArray(), color.WithAlpha(0.35));
            observed.MarkerSize = 4;
            occupied.AddRange(Coordinates.Zip(xs, [.. run.Observed]));
            lines.Add((xs, run.Predicted.ToArray(), color));
            occupied.AddRange(Coordinates.Zip(xs, [.. run.Predicted]));
            var role = run.FittedUntil is not null ? "" : run.Fitted ? " (fitted)" : " (predicted)";
            legend.Line(run.Name + role, color, FigureStyle.ThickLineWidth);
            if (run.Schedule is { } s)
            {
                var last = run.Steps[^1];
                var steps = Enumerable.Range(0, ScheduleSamples + 1).Select(k => (int)((long)k * last / ScheduleSamples)).Distinct().ToArray();
                var line = schedule.Add.ScatterLine(steps.Select(k => (double)k).ToArray(), steps.Select(s.Rate).ToArray(), color);
                line.LineWidth = 2;
            }
        }
        // The law's lines go over every run's points, so no prediction hides under another run's observations.
        foreach (var (x, y, color) in lines)
        {
            var predicted = loss.Add.ScatterLine(x, y, color);
            predicted.LineWidth = FigureStyle.LineWidth;
        }
        var (bottom, top) = (occupied.Min(c => c.Y), occupied.Max(c => c.Y));
        var pad = Math.Max(0.05 * (top - bottom), 0.01);
        // The legend stays inside, widening the shared step axis if it must, so that the two panels line up.
        legend.Show(loss, new AxisLimits(left, right, bottom - pad, top + pad), occupied, LegendRoom.Vertical | LegendRoom.Rightward, outside: false);
        var maxRate = runs.Where(r => r.Schedule is not null).Select(r => AnnealingPeak(r)).DefaultIfEmpty(1).Max();
        var shown = loss.Axes.GetLimits();
        schedule.Axes.SetLimits(shown.Left, shown.Right, 0, maxRate * 1.15);
        var format = System.Globalization.CultureInfo.InvariantCulture;
        schedule.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, maxRate], ["0", maxRate.ToString("0.##e0", format)]);
        // Both panels leave the same room for the left tick labels, so their frames line up.
        foreach (var plot in new[] { loss, schedule })
            plot.Axes.Left.MinimumSize = 90;
        return multiplot;
    }

    private static double AnnealingPeak(LossCurvePlotRun run)
    {
        var max = 0.0;
        for (var k = 0; k <= run.Steps[^1]; k++)
            max = Math.Max(max, run.Schedule!.Rate(k));
        return max;
    }
}
