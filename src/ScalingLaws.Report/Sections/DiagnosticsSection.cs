namespace ScalingLaws.Report.Sections;

/// <summary>
/// How the law meets the rows: predicted against observed, residuals against N and D, and the rows
/// the objective down-weights. A Huber fit on ln L counts a residual r beyond δ linearly, which is
/// weight δ/|r| in the equivalent reweighted least squares.
/// </summary>
internal sealed class DiagnosticsSection() : ReportSection("diagnostics", "Diagnostics")
{
    private const int LeastSquaresListed = 10;

    public override void Write(HtmlWriter html, ReportData data)
    {
        var fit = data.Fit;
        var rows = data.Table.Rows;
        var huber = fit.Objective == FitObjective.HuberLog;
        var predicted = PredictedVsObservedPlotData.From(fit, data.Table);
        var residuals = rows.Select((r, i) => huber ? Math.Log(r.Loss) - Math.Log(predicted.Predicted[i]) : r.Loss - predicted.Predicted[i]).ToArray();
        double? delta = huber ? fit.Delta : null;

        using (html.Tag("div", ("class", "figures")))
        {
            ReportFigure.Write(html, ScalingPlots.PredictedVsObserved(predicted), "fig-predicted",
                "The fitted law's loss for every row against the observed loss; on the line y = x the law is exact.");
            ReportFigure.Write(html, ScalingPlots.Residuals(new ResidualsPlotData([.. rows.Select(r => r.Params)], residuals, "Parameters N", huber, delta)), "fig-residuals-n",
                "Residuals against model size. A trend here means the law bends differently in N than the data.");
            ReportFigure.Write(html, ScalingPlots.Residuals(new ResidualsPlotData([.. rows.Select(r => r.Tokens)], residuals, "Training tokens D", huber, delta)), "fig-residuals-d",
                "Residuals against training tokens. A trend here means the law bends differently in D than the data.");
        }

        var order = Enumerable.Range(0, rows.Length).OrderByDescending(i => Math.Abs(residuals[i])).ToList();
        if (huber)
        {
            var beyond = order.Where(i => Math.Abs(residuals[i]) > fit.Delta).ToList();
            html.Element("h3", "Rows the Huber objective down-weights");
            Note(html,
                $"{ReportFormat.Integer(beyond.Count)} of {ReportFormat.Integer(rows.Length)} rows have |ln L − ln L̂| > δ = {fit.Delta:G3}. " +
                "Huber counts these linearly, not squared, so each weighs δ/|r| of a squared residual: one odd run cannot pull the law far. " +
                (beyond.Count > rows.Length / 2 ? "With most rows beyond δ the fit is close to a least-absolute-deviation fit in ln L, as in Hoffmann et al." : ""));
            if (beyond.Count > 0)
                RowTable(rows, predicted.Predicted, residuals, beyond, fit.Delta).Write(html, "scroll");
        }
        else
        {
            html.Element("h3", "Largest residuals");
            Note(html, $"Least squares weighs every row fully; the {Math.Min(LeastSquaresListed, rows.Length)} rows with the largest |L − L̂| are listed.");
            RowTable(rows, predicted.Predicted, residuals, order.Take(LeastSquaresListed).ToList(), null).Write(html);
        }
    }

    private static SortableTable RowTable(IReadOnlyList<Observation> rows, IReadOnlyList<double> predicted, double[] residuals, IReadOnlyList<int> shown, double? delta)
    {
        var columns = new List<SortableTable.Column>
        {
            new("Row", Title: "Data row in the file"), new("Model", Numeric: false), new("Family", Numeric: false),
            new("N"), new("D"), new("Loss"), new("Predicted"), new(delta is null ? "L − L̂" : "ln L − ln L̂"),
        };
        if (delta is not null)
            columns.Add(new("Weight", Title: "δ/|r|: the weight of this row relative to a squared residual"));
        var table = new SortableTable([.. columns]);
        foreach (var i in shown)
        {
            var row = rows[i];
            var cells = new List<SortableTable.Cell>
            {
                new(row.SourceRow > 0 ? ReportFormat.Integer(row.SourceRow) : "", row.SourceRow), row.Model ?? "", row.Family ?? "",
                new(ReportFormat.Count(row.Params), row.Params), new(ReportFormat.Count(row.Tokens), row.Tokens),
                new(ReportFormat.Value(row.Loss), row.Loss), new(ReportFormat.Value(predicted[i]), predicted[i]),
                new(residuals[i].ToString("+0.00000;−0.00000", System.Globalization.CultureInfo.InvariantCulture), residuals[i]),
            };
            if (delta is { } d)
                cells.Add(new(ReportFormat.Significant(d / Math.Abs(residuals[i]), 2), d / Math.Abs(residuals[i])));
            table.Add([.. cells]);
        }
        return table;
    }
}
