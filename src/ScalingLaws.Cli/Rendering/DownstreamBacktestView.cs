using ScalingLaws.IO.Downstream;
using System.Globalization;
using ScalingLaws.Downstream;
using ScalingLaws.IO;
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

    public static object Json(IReadOnlyList<DownstreamBacktestResult> results, LossLaw? lossLaw) => new
    {
        lossLaw = lossLaw is null ? null : new { law = lossLaw.Law.Name, @params = lossLaw.Law.Parameters.Select((p, j) => (p.Name, lossLaw.Values[j])).ToDictionary() },
        tasks = results.Select(r => new
        {
            task = r.Task,
            metric = r.Metric,
            predictable = r.Predictable,
            verdict = VerdictText.Describe(r.Verdict),
            fittedRows = r.FittedRows,
            methods = r.Scores.Select(Json),
            heldOut = r.HeldOut.Select(h => new
            {
                run = h.Target.Run,
                @params = h.Target.Params,
                tokens = h.Target.Tokens,
                accuracy = h.Target.Score,
                sigmoid = Prediction(h.Sigmoid),
                exponential = Prediction(h.Exponential),
                direct = Prediction(h.Direct),
                baseline = h.Baseline,
            }),
        }),
        pooled = PooledScores.Of(results).Select(Json),
    };

    private static object Json(MethodScore s) => new { method = s.Method, maePoints = s.MaePoints, coverage = s.Coverage, count = s.Count };

    private static object? Prediction(AccuracyPrediction? p) => p is null ? null : new { accuracy = p.Accuracy, ci95 = new[] { p.Lower, p.Upper } };
}
