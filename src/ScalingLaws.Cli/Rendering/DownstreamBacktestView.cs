using ScalingLaws.IO.Downstream;
using System.Globalization;
using ScalingLaws.Downstream;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>The report of <c>scaling downstream backtest</c>: per task and method, the error in points and the interval coverage; then pooled over the predictable tasks.</summary>
internal static class DownstreamBacktestView
{
    private static readonly string[] Laws = ["two-step sigmoid", "two-step exponential", "direct"];

    public static void Write(IAnsiConsole console, string source, DownstreamSplit split, LossLaw? lossLaw, IReadOnlyList<DownstreamBacktestResult> results)
    {
        console.MarkupLine(Markup.Escape($"downstream backtest of {source}: {Protocol(split)}"));
        if (lossLaw is not null)
            console.MarkupLine(Markup.Escape($"  · loss law for the two-step chain: {lossLaw.Law.Name}, {string.Join(", ", lossLaw.Law.Parameters.Select((p, j) => $"{p.Name} = {Numbers.Value(lossLaw.Values[j])}"))}"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("task").AddColumn("predictable").AddColumn(new TableColumn("held out").RightAligned());
        string[] methods = [.. Laws, split.BaselineName];
        foreach (var method in methods)
            table.AddColumn(new TableColumn(method == split.BaselineName ? "baseline MAE" : $"{method} MAE / cov.").RightAligned());
        foreach (var r in results)
            table.AddRow([new Text($"{r.Task} ({r.Metric})"), new Text(r.Predictable ? "yes" : "no"), new Text(r.HeldOut.Count.ToString(CultureInfo.InvariantCulture)), .. methods.Select(m => new Text(Cell(r.Scores, m)))]);
        var pooled = PooledScores.Of(results);
        if (pooled.Count > 0)
            table.AddRow([new Text("predictable tasks"), new Text(""), new Text(pooled[0].Count.ToString(CultureInfo.InvariantCulture)), .. methods.Select(m => new Text(Cell(pooled, m)))]);
        console.Write(table);
        console.MarkupLine("MAE in accuracy points (×100); cov. = share of held-out scores inside the 95% interval.");
        foreach (var r in results.Where(r => !r.Predictable))
            console.MarkupLine(Markup.Escape($"  · {r.Task} ({r.Metric}): {VerdictText.Describe(r.Verdict)}"));
    }

    private static string Protocol(DownstreamSplit split) => split switch
    {
        SizeSplit s => $"fit models up to {Quantity.Format(s.MaxFittedParams)} params past {Quantity.Format(s.MinTokens)} tokens, predict the final score of each larger run",
        CheckpointSplit c => $"fit each run's checkpoints past {Quantity.Format(c.MinTokens)} tokens up to {c.FitFraction:0.###} of its final tokens, predict its final score",
        _ => throw new ArgumentOutOfRangeException(nameof(split)),
    };

    private static string Cell(IReadOnlyList<MethodScore> scores, string method) =>
        scores.FirstOrDefault(s => s.Method == method) is not { } s ? "–"
        : s.Coverage is { } coverage ? $"{s.MaePoints:0.00} / {coverage:0%}"
        : s.MaePoints.ToString("0.00", CultureInfo.InvariantCulture);

    public static DownstreamBacktestJson Json(IReadOnlyList<DownstreamBacktestResult> results, LossLaw? lossLaw) => new(
        lossLaw is null ? null : new LossLawJson(lossLaw.Law.Name, lossLaw.Law.Parameters.Select((p, j) => (p.Name, lossLaw.Values[j])).ToDictionary()),
        results.Select(r => new TaskBacktestJson(
            r.Task,
            r.Metric,
            r.Predictable,
            VerdictText.Describe(r.Verdict),
            r.FittedRows,
            r.Scores.Select(Json),
            r.HeldOut.Select(h => new HeldOutJson(
                h.Target.Run, h.Target.Params, h.Target.Tokens, h.Target.Score,
                Prediction(h.Sigmoid), Prediction(h.Exponential), Prediction(h.Direct), h.Baseline)))),
        PooledScores.Of(results).Select(Json));

    private static MethodScoreJson Json(MethodScore s) => new(s.Method, s.MaePoints, s.Coverage, s.Count);

    private static AccuracyJson? Prediction(AccuracyPrediction? p) => p is null ? null : new(p.Accuracy, [p.Lower, p.Upper]);

    internal sealed record DownstreamBacktestJson(LossLawJson? LossLaw, IEnumerable<TaskBacktestJson> Tasks, IEnumerable<MethodScoreJson> Pooled);

    internal sealed record LossLawJson(string Law, Dictionary<string, double> Params);

    internal sealed record TaskBacktestJson(
        string Task, string Metric, bool Predictable, string? Verdict, int FittedRows, IEnumerable<MethodScoreJson> Methods, IEnumerable<HeldOutJson> HeldOut);

    internal sealed record HeldOutJson(
        string? Run, double Params, double Tokens, double Accuracy, AccuracyJson? Sigmoid, AccuracyJson? Exponential, AccuracyJson? Direct, double Baseline);

    internal sealed record MethodScoreJson(string Method, double MaePoints, double? Coverage, int Count);

    internal sealed record AccuracyJson(double Accuracy, double[] Ci95);
}
