using ScalingLaws.Report.Html;

namespace ScalingLaws.Report.Sections;

/// <summary>
/// The rest of each family's largest run predicted from its first checkpoints (<see cref="CurvePredictions"/>):
/// the errors over the predicted part ('scaling plot curve' draws the curves).
/// </summary>
public sealed class LossCurveSection : IReportSection
{
    public string Id => "curves";

    public string Title => "Loss-curve predictions";

    public void Write(HtmlWriter html, ReportData data)
    {
        if (data.CurveOutcomes.Count == 0)
        {
            html.Element("p", $"No loss-curve prediction: {data.CurveNotes.FirstOrDefault() ?? "no family has training curves (at least 3 checkpoints per model size)."}", ("class", "note"));
            return;
        }
        html.Element("p",
            $"Each family's largest model: the power law in training time L = E + A·t^(−α) (t in millions of tokens) fitted with Huber on ln L to the first " +
            $"{CurvePredictions.FitFraction:P0} of its checkpoints, then scored on the rest. The data has no learning rate, so the schedule-aware laws of " +
            "'scaling curve' cannot be used here.", ("class", "note"));
        var table = new SortableTable([new("run", Numeric: false), new("checkpoints fitted"), new("predicted"), new("R²"), new("mean rel. error"), new("max rel. error")]);
        foreach (var outcome in data.CurveOutcomes)
        {
            var prediction = outcome.Predictions.Single();
            var m = prediction.Metrics;
            table.Add(prediction.Target.Name, ReportFormat.Integer(outcome.Task.Fit.Single().Count), ReportFormat.Integer(prediction.Target.Count),
                new(ReportFormat.Value(m.R2), m.R2), new(ReportFormat.Percent(m.Mre, 2), m.Mre), new(ReportFormat.Percent(m.MaxRe, 2), m.MaxRe));
        }
        table.Write(html);
        foreach (var note in data.CurveNotes)
            html.Element("p", note, ("class", "note"));
    }
}
