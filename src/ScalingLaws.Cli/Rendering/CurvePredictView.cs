using System.Globalization;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The report of <c>scaling curve predict</c>: each target's predicted loss at its logged steps, against the observed,
/// with the predictive 95% interval of each point, how far it extrapolates, and how many observed points the intervals cover.
/// </summary>
internal static class CurvePredictView
{
    /// <param name="outcomes">The fits made here (none with a saved law): their status, bootstrap and warnings are reported once each.</param>
    public static void Write(
        IAnsiConsole console, CurveLaw law, IReadOnlyList<(CurvePrediction Prediction, PredictiveModel? Predictive)> predictions, IReadOnlyList<CurveOutcome> outcomes)
    {
        var fits = outcomes.Select(o => o.Fit).ToList();
        console.MarkupLine($"[bold]{law.Name}[/] law  {Markup.Escape(law.Formula)}");
        foreach (var status in fits.GroupBy(f => f.Status))
            console.MarkupLine(Markup.Escape($"status: {DiagnosticAdvice.CurveStatus(status.Key)}{(fits.Count > 1 ? $" ({status.Count()} of {fits.Count} fits)" : "")}"));
        foreach (var bootstrap in outcomes.Select(o => o.Bootstrap).OfType<CurveBootstrapResult>())
            console.MarkupLine(Markup.Escape($"bootstrap: {CurveFitView.Resampled(bootstrap)}; each predictive interval adds the spread of the resamples' predictions (paramCi95 in --json)"));
        foreach (var warning in fits.SelectMany(f => f.Diagnostics).Select(DiagnosticAdvice.ConstrainedCurveSentence)
            .Concat(outcomes.SelectMany(o => CurveFitView.BootstrapWarnings(o.Bootstrap))).Distinct())
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        foreach (var (p, predictive) in predictions)
        {
            console.MarkupLine(Markup.Escape($"{p.Target.Name}: {Numbers.Count(p.Target.Count)} points; {CurveFitView.Describe(p.Metrics)}"));
            foreach (var note in p.Target.Notes) // what the reader did to the run: the loss it took, the points it left out
                NoteLine.Write(console, note);
            if (predictive is not null && p.Target.Count > 0)
            {
                NoteLine.Write(console, CurveIntervalText.Reach(p.Target.Steps[^1], predictive));
                NoteLine.Write(console, CurveIntervalText.Describe(predictive));
            }
            else
            {
                NoteLine.Write(console, fits.Count > 0
                    ? CurveIntervalText.NoPrior
                    : "no predictive interval: the curve-law file predates them; refit with 'scaling curve fit --out' to save the error model");
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("step").RightAligned())
                .AddColumn(new TableColumn("observed").RightAligned()).AddColumn(new TableColumn("predicted").RightAligned());
            var intervals = !p.Intervals.IsDefaultOrEmpty;
            if (intervals)
                table.AddColumn(new TableColumn("predictive 95%").RightAligned()).AddColumn(new TableColumn("× last fitted step").RightAligned());
            table.AddColumn(new TableColumn("rel. error").RightAligned());
            for (var i = 0; i < p.Target.Count; i++)
            {
                var (observed, predicted) = (p.Target.Loss[i], p.Predicted[i]);
                var cells = new List<string> { p.Target.Steps[i].ToString("N0", CultureInfo.InvariantCulture), Loss(observed), Loss(predicted) };
                if (intervals)
                    cells.AddRange([CurveIntervalText.Interval(p.Intervals[i]) + (p.Intervals[i].Contains(observed) ? "" : " ✗"), CurveIntervalText.Factor(p.Intervals[i].Distance.Combined)]);
                cells.Add(Numbers.Percent((predicted - observed) / observed));
                table.AddRow([.. cells.Select(c => new Text(c))]);
            }
            console.Write(table);
            if (CurveCoverage.Of([p]) is { } coverage)
                console.MarkupLine(Markup.Escape(char.ToUpperInvariant(CurveIntervalText.Coverage(coverage)[0]) + CurveIntervalText.Coverage(coverage)[1..] + "; ✗ marks an observed loss outside it."));
        }
    }

    /// <param name="outcome">The fit made here, for its status, bootstrap and warnings; null for a saved law.</param>
    public static CurvePredictJson Json(CurveLaw law, IReadOnlyList<double> values, IReadOnlyList<CurvePrediction> predictions, PredictiveModel? predictive, CurveOutcome? outcome) => new(
        law.Name,
        law.Parameters.Select((p, j) => (p.Name, Value: values[j])).ToDictionary(p => p.Name, p => p.Value),
        outcome is null ? null : FitDiagnosticText.Name(outcome.Fit.Status),
        outcome?.Fit.Diagnostics.Select(DiagnosticAdvice.ConstrainedCurveSentence).Concat(CurveFitView.BootstrapWarnings(outcome.Bootstrap)),
        predictive is null ? null : ExtrapolationDocument.From(predictive),
        CurveBootstrapJson.Of(outcome?.Bootstrap),
        predictions.Select(p => new PredictedCurveJson(
            p.Target.Name,
            MetricsDocument.Of(p.Metrics),
            CurveCoverageJson.Of(CurveCoverage.Of([p])),
            Enumerable.Range(0, p.Target.Count).Select(i => new CurvePointJson(
                p.Target.Steps[i],
                p.Target.Loss[i],
                p.Predicted[i],
                p.Intervals.IsDefaultOrEmpty ? null : [p.Intervals[i].Lower, p.Intervals[i].Upper],
                ParameterInterval(p, i),
                p.Intervals.IsDefaultOrEmpty ? null : new DistanceJson(p.Intervals[i].Distance.Combined, p.Intervals[i].Distance.Relative))))));

    internal sealed record CurvePredictJson(
        string Law, Dictionary<string, double> Params, string? Status, IEnumerable<string>? Warnings, ExtrapolationDocument? Extrapolation,
        CurveBootstrapJson? Bootstrap, IEnumerable<PredictedCurveJson> Curves);

    internal sealed record PredictedCurveJson(string Curve, MetricsDocument Metrics, CurveCoverageJson? Coverage, IEnumerable<CurvePointJson> Points);

    internal sealed record CurvePointJson(int Step, double Observed, double Predicted, double[]? Ci95, double[]? ParamCi95, DistanceJson? Extrapolation);

    /// <summary>The bootstrap's percentile 95% interval of a point's predicted loss (the parameters' share alone), or null.</summary>
    public static double[]? ParameterInterval(CurvePrediction prediction, int point) =>
        prediction.ParameterIntervals.IsDefaultOrEmpty || !double.IsFinite(prediction.ParameterIntervals[point].Lower)
            ? null
            : [prediction.ParameterIntervals[point].Lower, prediction.ParameterIntervals[point].Upper];

    private static string Loss(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
