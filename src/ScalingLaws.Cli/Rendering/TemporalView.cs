using System.Collections.Immutable;
using ScalingLaws.Temporal;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The temporal-law report: what was fitted and predicted, the form chosen for each parameter with the
/// validation error of every candidate form, the prediction metrics of the sequence loss and of the
/// per-position losses, and the predicted checkpoints.
/// </summary>
internal static class TemporalView
{
    private const int CheckpointRows = 10;

    public static void Write(IAnsiConsole console, TemporalIntervals intervals, double fitFraction)
    {
        var forecast = intervals.Forecast;
        var run = forecast.Run;
        console.MarkupLine(Markup.Escape($"Temporal law of run '{run.Run}' from {run.Source}: {Numbers.Count(run.Count)} checkpoints × {Numbers.Count(run.PositionCount)} positions"));
        var (first, last) = (run[forecast.Fitted], run[run.Count - 1]);
        foreach (var line in forecast.Notes.Prepend(
            $"fitted on the first {forecast.Fitted} checkpoints ({Numbers.Percent(fitFraction)} of {run.Count}, steps {run[0].Step:N0}–{run[forecast.Fitted - 1].Step:N0}); predicting {forecast.Predicted} (steps {first.Step:N0}–{last.Step:N0})"))
            NoteLine.Write(console, line);
        console.WriteLine();
        console.MarkupLine(Markup.Escape("L_i(t) = a0(t)/(1 + a1(t)·i) + a2(t); forms: " + string.Join("; ", forecast.Candidates.Select(f => $"{f.Name} {f.Formula}"))));
        console.MarkupLine(Markup.Escape(Scales(forecast.Law.Clock)));
        console.Write(FormTable(forecast));
        console.MarkupLine(Markup.Escape($"The last {forecast.Candidates.Length} columns: each form's held-out error, from the best combination using it (fitted on checkpoints 1–{forecast.Fitted - forecast.Validation}, scored on {forecast.Fitted - forecast.Validation + 1}–{forecast.Fitted}; RMS log error of octave means)" +
            (forecast.Constraints.IsNone ? "." : "; – where the constraints left the form out (they name another form's coefficient).")));
        console.WriteLine();
        console.MarkupLine(Markup.Escape($"Prediction of the last {forecast.Predicted} checkpoints:"));
        console.Write(MetricTable(forecast));
        console.MarkupLine($"[grey]  · {Markup.Escape(CurveIntervalText.Describe(intervals.Predictive, CurveIntervalText.TemporalBacktest))}[/]");
        console.MarkupLine($"[grey]  · {Markup.Escape(CurveIntervalText.Reach((int)run[run.Count - 1].Step, intervals.Predictive))}; {Markup.Escape(CurveIntervalText.Coverage(intervals.Coverage))} (the sequence loss of each predicted checkpoint)[/]");
        console.Write(CheckpointTable(intervals, out var shown));
        if (Thinned.Note(shown, forecast.Predicted, "predicted checkpoints") is { Length: > 0 } note)
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        console.MarkupLine($"status of the final fit: {(forecast.Status == FitStatus.Converged ? "[green]" : "[yellow]")}{Markup.Escape(DiagnosticAdvice.CurveStatus(forecast.Status))}[/]");
        foreach (var diagnostic in forecast.Diagnostics)
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(DiagnosticAdvice.TemporalSentence(diagnostic))}");
    }

    // S and r only where their scales are positive: a learning rate of 0 throughout printed "S = S1/0" and "r = lr/0".
    private static string Scales(TemporalClock clock) =>
        $"x = t/{Quantity.Format(clock.TokenScale)} tokens" +
        (clock.AreaScale > 0 && clock.RateScale > 0 && double.IsFinite(clock.AreaScale + clock.RateScale)
            ? $", S = S1/{Numbers.Value(clock.AreaScale)} (S1 the area under lr in lr·steps, {clock.InitialAreaFraction:0.00} of step·lr before the first checkpoint), r = lr/{Numbers.Value(clock.RateScale)}"
            : "");

    private static Table FormTable(TemporalForecast forecast)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("parameter").AddColumn("chosen form").AddColumn("coefficients");
        foreach (var form in forecast.Candidates)
            table.AddColumn(new TableColumn(form.Name).RightAligned());
        for (var j = 0; j < TemporalLaw.ParameterCount; j++)
        {
            var form = forecast.Law.Forms[j];
            var cells = new List<string>
            {
                TemporalLaw.ParameterNames[j],
                form.Name,
                Coefficients(form, forecast.Law.Coefficients[j].AsSpan()),
            };
            cells.AddRange(forecast.Evidence(j).Select(e => e.ValidationError is { } error ? Numbers.Error(error) : "–"));
            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }
        return table;
    }

    private static string Coefficients(TemporalForm form, ReadOnlySpan<double> z) =>
        string.Join(", ", form.CoefficientNames.Zip(form.ToNatural(z), (n, v) => $"{n} = {Numbers.Value(v)}"));

    private static Table MetricTable(TemporalForecast forecast)
    {
        var (sequence, positions) = (forecast.SequencePrediction, forecast.PositionPrediction);
        return new Table().Border(TableBorder.Rounded)
            .AddColumn("metric").AddColumn(new TableColumn("sequence loss").RightAligned()).AddColumn(new TableColumn("per-position losses").RightAligned())
            .AddRow("R²", Numbers.R2(sequence.R2), Numbers.R2(positions.R2))
            .AddRow("MAE", Numbers.Error(sequence.Mae), Numbers.Error(positions.Mae))
            .AddRow("RMSE", Numbers.Error(sequence.Rmse), Numbers.Error(positions.Rmse))
            .AddRow("mean rel. error", Numbers.Percent(sequence.Mre), Numbers.Percent(positions.Mre))
            .AddRow("max rel. error", Numbers.Percent(sequence.MaxRe), Numbers.Percent(positions.MaxRe));
    }

    private static Table CheckpointTable(TemporalIntervals intervals, out int shown)
    {
        var forecast = intervals.Forecast;
        var run = forecast.Run;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("step").RightAligned()).AddColumn(new TableColumn("tokens").RightAligned())
            .AddColumn(new TableColumn("lr").RightAligned())
            .AddColumn(new TableColumn("sequence loss").RightAligned()).AddColumn(new TableColumn("predicted").RightAligned())
            .AddColumn(new TableColumn("predictive 95%").RightAligned()).AddColumn(new TableColumn("× last fitted").RightAligned())
            .AddColumn(new TableColumn("rel. error").RightAligned())
            .AddColumn(new TableColumn("a0, a1, a2").RightAligned());
        var rows = Thinned.Indices(forecast.Predicted, CheckpointRows);
        foreach (var k in rows.Select(r => forecast.Fitted + r))
        {
            var (observed, predicted) = (run[k].SequenceLoss, forecast.SequenceLoss(k));
            var (a0, a1, a2) = forecast.Law.Parameters(k);
            table.AddRow(
                Numbers.Count((int)run[k].Step), Quantity.Format(run[k].Tokens),
                run[k].LearningRate is { } lr ? Numbers.Error(lr) : "–",
                Numbers.Value(observed), Numbers.Value(predicted),
                Markup.Escape(CurveIntervalText.Interval(intervals[k]) + (intervals[k].Contains(observed) ? "" : " ✗")), CurveIntervalText.Factor(intervals[k].Distance.Combined),
                Numbers.Percent(Math.Abs(predicted - observed) / observed),
                $"{Numbers.Value(a0)}, {Numbers.Value(a1)}, {Numbers.Value(a2)}");
        }
        shown = rows.Count;
        return table;
    }

    public static TemporalJson Json(TemporalIntervals intervals, double fitFraction)
    {
        var forecast = intervals.Forecast;
        var run = forecast.Run;
        var clock = forecast.Law.Clock;
        return new TemporalJson(
            run.Run,
            run.Source,
            run.Count,
            run.PositionCount,
            fitFraction,
            forecast.Fitted,
            forecast.Predicted,
            Enumerable.Range(0, TemporalLaw.ParameterCount).ToDictionary(j => TemporalLaw.ParameterNames[j], j => forecast.Law.Forms[j].Name),
            Enumerable.Range(0, TemporalLaw.ParameterCount).ToDictionary(j => TemporalLaw.ParameterNames[j], j =>
            {
                var form = forecast.Law.Forms[j];
                return new TemporalFormJson(
                    form.Name,
                    form.Formula,
                    form.CoefficientNames.Zip(form.ToNatural(forecast.Law.Coefficients[j].AsSpan())).ToDictionary(c => c.First, c => c.Second));
            }),
            new TemporalScalesJson(clock.TokenScale, clock.AreaScale, clock.RateScale, clock.InitialAreaFraction),
            new TemporalSelectionJson(
                forecast.Validation,
                Enumerable.Range(0, TemporalLaw.ParameterCount).ToDictionary(j => TemporalLaw.ParameterNames[j],
                    j => forecast.Evidence(j).Where(e => e.ValidationError is not null).Select(e => new FormEvidenceJson(e.Form.Name, e.ValidationError))),
                forecast.Combinations.Select(c => new FormCombinationJson(c.Forms[0].Name, c.Forms[1].Name, c.Forms[2].Name, c.ValidationError))),
            new TemporalSplitJson(MetricsDocument.Of(forecast.SequenceFit), MetricsDocument.Of(forecast.PositionFit)),
            new TemporalSplitJson(MetricsDocument.Of(forecast.SequencePrediction), MetricsDocument.Of(forecast.PositionPrediction)),
            new TemporalIntervalsJson(ExtrapolationDocument.From(intervals.Predictive), CurveCoverageJson.Of(intervals.Coverage)),
            Enumerable.Range(0, run.Count).Select(k =>
            {
                var (a0, a1, a2) = forecast.Law.Parameters(k);
                var predicted = k >= forecast.Fitted;
                return new CheckpointResultJson(
                    run[k].Step, run[k].Tokens, run[k].LearningRate, !predicted, run[k].SequenceLoss, forecast.SequenceLoss(k),
                    predicted ? [intervals[k].Lower, intervals[k].Upper] : null,
                    predicted ? new DistanceJson(intervals[k].Distance.Combined, intervals[k].Distance.Relative) : null,
                    a0, a1, a2);
            }),
            forecast.Notes,
            FitDiagnosticText.Name(forecast.Status),
            forecast.Diagnostics.Select(DiagnosticAdvice.TemporalSentence));
    }

    internal sealed record TemporalJson(
        string Run, string Source, int Checkpoints, int Positions, double FitFraction, int Fitted, int Predicted,
        Dictionary<string, string> Forms, Dictionary<string, TemporalFormJson> Law, TemporalScalesJson Scales, TemporalSelectionJson Selection,
        TemporalSplitJson Fit, TemporalSplitJson Prediction, TemporalIntervalsJson Intervals, IEnumerable<CheckpointResultJson> CheckpointResults,
        ImmutableArray<string> Notes, string Status, IEnumerable<string> Warnings);

    internal sealed record TemporalFormJson(string Form, string Formula, Dictionary<string, double> Coefficients);

    internal sealed record TemporalScalesJson(double Tokens, double Area, double Rate, double InitialAreaFraction);

    internal sealed record TemporalSelectionJson(int Validation, Dictionary<string, IEnumerable<FormEvidenceJson>> Evidence, IEnumerable<FormCombinationJson> Combinations);

    internal sealed record FormEvidenceJson(string Form, double? Error);

    internal sealed record FormCombinationJson(string A0, string A1, string A2, double Error);

    /// <summary>Metrics on the sequence loss and on every position's loss.</summary>
    internal sealed record TemporalSplitJson(MetricsDocument Sequence, MetricsDocument Positions);

    internal sealed record TemporalIntervalsJson(ExtrapolationDocument Extrapolation, CurveCoverageJson? Coverage);

    internal sealed record CheckpointResultJson(
        double Step, double Tokens, double? Lr, bool Fitted, double Observed, double Predicted, double[]? Ci95, DistanceJson? Extrapolation,
        double A0, double A1, double A2);
}
