namespace ScalingLaws.Report.Sections;

/// <summary>
/// The Hitchhiker's guide's estimation study on the families with training curves: how well a law
/// fitted to the k smallest sizes, on the first fraction p of their runs, predicts the largest.
/// </summary>
internal sealed class EstimationSection() : ReportSection("estimation", "Estimation from partial runs")
{
    public override void Write(HtmlWriter html, ReportData data)
    {
        if (data.Study is not { } study)
        {
            Note(html, $"No estimation study: {data.StudyNote}");
            return;
        }
        var settings = data.StudySettings;
        var cut = settings.MinTokens > 0 ? $"checkpoints above {ReportFormat.Count(settings.MinTokens)} tokens" : "every checkpoint";
        Note(html,
            "Choshen et al. (2024) ask how early a law can be trusted: fit it to the k smallest model sizes of a family on the first fraction p of " +
            $"their training ({cut}), then score its prediction of the largest model's last {100 * (1 - EvaluationSettings.TestStart):0} % by the mean absolute relative error (ARE). " +
            $"Fit: {settings.Method.Name}. Light cells are good predictions; about 4 % is the best the paper typically reaches." +
            (data.StudyNote is { } note ? $" Note: {note}" : ""));
        using (html.Tag("div", ("class", "figures")))
        {
            var index = 0;
            foreach (var family in study.Families)
            {
                var best = family.Cells.Where(c => c.Status == CellStatus.Ok && double.IsFinite(c.Are)).MinBy(c => c.Are);
                var summary = best is null
                    ? "No cell could be fitted."
                    : $"Lowest error {ReportFormat.Percent(best.Are)} with k = {best.K} sizes at p = {best.Fraction:0.0#}.";
                ReportFigure.Write(html, ScalingPlots.AreHeatmap(AreHeatmapPlotData.From(family, settings.Fractions)), $"fig-are-{index++}",
                    $"{family.Family}: predicting {family.Target} over its last {ReportFormat.Integer(family.TestRows)} checkpoints. {summary}");
            }
        }
    }
}
