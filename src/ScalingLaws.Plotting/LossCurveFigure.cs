namespace ScalingLaws.Plotting;

/// <summary>
/// Observed loss curves (points) against a law's prediction (lines), with the fitted window shaded, and the
/// learning-rate schedules in a panel beneath on the same step axis (left out when no run has a schedule).
/// </summary>
internal static class LossCurveFigure
{
    private const int MaxRuns = 10;
    private const int ScheduleSamples = 400;

    // The loss panel's data area above a schedule panel: three quarters of the figure, less its title and the shared axis.
    private const double LossPanelHeightPixels = 330;

    // Rows of the figure's grid: the loss panel takes three, the schedule one.
    private const int GridRows = 4;
    private const int LossRows = 3;

    public static Multiplot Create(string law, IReadOnlyList<LossCurvePlotRun> runs, string? title, string stepLabel = "Step")
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0 || runs.Any(r => r.Steps.Count == 0))
            throw new ScalingLawsException("nothing to plot: no run with logged points.");
        if (runs.Count > MaxRuns)
            throw new ScalingLawsException($"{runs.Count} runs are too many to tell apart in one figure (at most {MaxRuns}); plot fewer runs.");

        var withSchedule = runs.Any(r => r.Schedule is not null);
        var multiplot = new Multiplot(); // starts with one plot: the loss panel
        var loss = multiplot.GetPlot(0);
        FigureStyle.Apply(loss, title ?? $"{law} law: observed and predicted loss", withSchedule ? "" : stepLabel, "Loss (nats)");
        DrawLoss(loss, runs, withSchedule ? LossPanelHeightPixels : LegendPlacement.FullDataHeightPixels);
        loss.Axes.Right.MinimumSize = 30; // room for the last step label, which is centred on the frame's edge
        if (withSchedule)
            AddSchedulePanel(multiplot, loss, runs, stepLabel);
        return multiplot;
    }

    private static void DrawLoss(Plot loss, IReadOnlyList<LossCurvePlotRun> runs, double panelHeightPixels)
    {
        var (left, right) = (0.0, runs.Max(r => r.Steps[^1]) * 1.02);
        var legend = new LegendPlacement(panelHeightPixels);
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
            var observed = loss.Add.ScatterPoints(xs, run.Observed.ToArray(), color.WithAlpha(runs.Count == 1 ? 0.8 : 0.35));
            observed.MarkerSize = runs.Count == 1 ? 6 : 4;
            occupied.AddRange(Coordinates.Zip(xs, [.. run.Observed]));
            lines.Add((xs, run.Predicted.ToArray(), color));
            occupied.AddRange(Coordinates.Zip(xs, [.. run.Predicted]));
            var role = run.FittedUntil is not null ? "" : run.Fitted ? " (fitted)" : " (predicted)";
            legend.Line(run.Name + role, color, FigureStyle.ThickLineWidth);
        }
        // The law's lines go over every run's points, so no prediction hides under another run's observations.
        foreach (var (x, y, color) in lines)
        {
            var predicted = loss.Add.ScatterLine(x, y, color);
            predicted.LineWidth = FigureStyle.LineWidth;
        }
        var (bottom, top) = (occupied.Min(c => c.Y), occupied.Max(c => c.Y));
        var pad = Math.Max(0.05 * (top - bottom), 0.01);
        // The legend stays inside, widening the step axis rightwards if it must, so that panels sharing it line up.
        legend.Show(loss, new AxisLimits(left, right, bottom - pad, top + pad), occupied, LegendRoom.Vertical | LegendRoom.Rightward, outside: false);
    }

    private static void AddSchedulePanel(Multiplot multiplot, Plot loss, IReadOnlyList<LossCurvePlotRun> runs, string stepLabel)
    {
        var schedule = multiplot.AddPlot();
        var grid = new ScottPlot.MultiplotLayouts.CustomGrid();
        grid.Set(loss, new GridCell(0, 0, GridRows, 1, LossRows, 1));
        grid.Set(schedule, new GridCell(LossRows, 0, GridRows, 1, GridRows - LossRows, 1));
        multiplot.Layout = grid;
        multiplot.SharedAxes.ShareX([loss, schedule]);
        // One step, one pixel column in both panels, however wide either panel's tick labels are.
        SharedColumnLayout.Apply([(loss, LossRows / (double)GridRows), (schedule, (GridRows - LossRows) / (double)GridRows)]);
        FigureStyle.Apply(schedule, "", stepLabel, "LR");
        loss.Axes.Bottom.TickLabelStyle.IsVisible = false;

        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Schedule is not { } s)
                continue;
            var last = runs[i].Steps[^1];
            var steps = Enumerable.Range(0, ScheduleSamples + 1).Select(k => (int)((long)k * last / ScheduleSamples)).Distinct().ToArray();
            var line = schedule.Add.ScatterLine(steps.Select(k => (double)k).ToArray(), steps.Select(s.Rate).ToArray(), palette.GetColor(i));
            line.LineWidth = 2;
        }
        var maxRate = runs.Where(r => r.Schedule is not null).Select(AnnealingPeak).Max();
        var shown = loss.Axes.GetLimits();
        schedule.Axes.SetLimits(shown.Left, shown.Right, 0, maxRate * 1.15);
        var format = System.Globalization.CultureInfo.InvariantCulture;
        schedule.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, maxRate], ["0", maxRate.ToString("0.##e0", format)]);
    }

    private static double AnnealingPeak(LossCurvePlotRun run)
    {
        var max = 0.0;
        for (var k = 0; k <= run.Steps[^1]; k++)
            max = Math.Max(max, run.Schedule!.Rate(k));
        return max;
    }
}
