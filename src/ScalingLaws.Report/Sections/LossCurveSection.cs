namespace ScalingLaws.Report.Sections;

/// <summary>
/// The rest of each family's largest run predicted from its first checkpoints (<see cref="CurvePredictions"/>):
/// the errors over the predicted part, and the curves against the law with the fitted window shaded.
/// </summary>
internal sealed class LossCurveSection() : ReportSection("curves", "Loss-curve predictions")
{
    public override void Write(HtmlWriter html, ReportData data)
    {
        if (data.CurveOutcomes.Count == 0)
        {
            Note(html, $"No loss-curve prediction: {data.CurveNotes.FirstOrDefault() ?? "no family has training curves (at least 3 checkpoints per model size)."}");
            return;
        }
        Note(html,
            $"Each family's largest model: the power law in training time L = E + A·t^(−α) (t in millions of tokens) fitted with Huber on ln L to the first " +
            $"{CurvePredictions.FitFraction:P0} of its checkpoints, then scored on the rest. The data has no learning rate, so the schedule-aware laws of " +
            "'scaling curve' cannot be used here. Each predicted checkpoint has a predictive 95 % interval: the law refitted on the first 30–80 % of the fitted checkpoints " +
            "predicts the rest of them, and those errors, growing with the distance in training time beyond the last fitted checkpoint, set its width " +
            "(a prior measured on the Multi-Power curves when too few checkpoints are fitted to cut).");
        var table = new SortableTable([new("run", Numeric: false), new("checkpoints fitted"), new("predicted"), new("R²"), new("mean rel. error"), new("max rel. error"),
            new("predictive 95 % covers", Title: "Share of the predicted checkpoints inside their predictive 95 % interval"),
            new("mean ± half-width", Title: "The interval's mean relative half-width"),
            new("reach", Title: "The last checkpoint's training time over the last fitted one's")]);
        foreach (var outcome in data.CurveOutcomes)
        {
            var prediction = outcome.Predictions.Single();
            var m = prediction.Metrics;
            var c = outcome.Coverage;
            table.Add(prediction.Target.Name, ReportFormat.Integer(outcome.Task.Fit.Single().Count), ReportFormat.Integer(prediction.Target.Count),
                new(ReportFormat.Value(m.R2), m.R2), new(ReportFormat.Percent(m.Mre, 2), m.Mre), new(ReportFormat.Percent(m.MaxRe, 2), m.MaxRe),
                c is null ? new("") : new(ReportFormat.Percent(c.Coverage, 0), c.Coverage),
                c is null ? new("") : new(ReportFormat.Percent(c.MeanRelativeHalfWidth, 2), c.MeanRelativeHalfWidth),
                c is null ? new("") : new(ReportFormat.Times(c.MaxFactor), c.MaxFactor));
        }
        table.Write(html);
        WriteFigure(html, data);
        foreach (var note in data.CurveNotes)
            Note(html, note);
    }

    // One figure holds at most 10 runs, one colour each; the table above lists every family.
    private const int MaxRunsInFigure = 10;

    private static void WriteFigure(HtmlWriter html, ReportData data)
    {
        var runs = data.CurveOutcomes.Take(MaxRunsInFigure).SelectMany(LossCurvePlotRun.From).ToList();
        var shown = runs.Count < data.CurveOutcomes.Count ? $" (the first {runs.Count} of {data.CurveOutcomes.Count} families)" : "";
        ReportFigure.Write(html, ScalingPlots.LossCurves("power", runs, "Loss curves: observed and predicted", "Tokens (millions)"), "fig-curves",
            $"Each family's largest model{shown}: observed loss (points) and the power law fitted to the shaded first " +
            $"{CurvePredictions.FitFraction:P0} of its checkpoints (lines), extrapolated over the rest.");
    }
}
