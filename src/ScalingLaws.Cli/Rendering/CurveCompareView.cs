using ScalingLaws.Curves;
using ScalingLaws.IO.Curves;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The report of <c>scaling curve compare</c>: one table, every law on every target curve, then each law averaged over
/// the curves. The JSON is {laws: [...]} for one target curve, else {curves: [{curve, laws}], average: [...]}.
/// </summary>
internal static class CurveCompareView
{
    public static void Write(string source, CurveProtocol protocol, CurveComparison comparison)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]Loss-curve laws compared[/] on {Markup.Escape(source)}: {Markup.Escape(protocol.Describe())}");
        console.MarkupLine("[grey]  · each law fitted with Huber(δ = 1e-3) on ln L; metrics over the predicted points only[/]");
        foreach (var method in comparison.Entries.Select(e => e.Outcome?.Fit).OfType<CurveFit>().Select(f => $"{f.Law.Name}: {f.Method}").Distinct())
            console.MarkupLine($"[grey]  · {Markup.Escape(method)}[/]");
        var table = CurveFitView.MetricsTable("curve", "law");
        foreach (var (target, entries) in Targets(comparison))
        {
            var first = true;
            foreach (var (law, prediction, _) in entries)
            {
                CurveFitView.AddMetrics(table, [first ? target : "", law.Name], prediction?.Metrics);
                first = false;
            }
        }
        console.Write(table);
        if (comparison.TargetCount > 1)
        {
            console.MarkupLine(Markup.Escape($"Average over the {comparison.TargetCount} predicted curves (each curve counts once; max rel. err is the per-curve worst, averaged):"));
            var average = CurveFitView.MetricsTable("law");
            foreach (var law in comparison.Laws)
                CurveFitView.AddMetrics(average, [law.Name], comparison.Average(law));
            console.Write(average);
        }
        // The same failure on many runs (e.g. too few points for every run) is said once.
        foreach (var failure in comparison.Entries.Where(e => e.Failure is not null).GroupBy(e => (e.Law, e.Failure)))
        {
            var tasks = failure.Select(e => e.Task.Name).ToList();
            var where = tasks.Count == 1 ? tasks[0] : $"{tasks.Count} fits ({string.Join(", ", tasks)})";
            console.MarkupLine($"[grey]  {Markup.Escape($"{failure.Key.Law.Name}, {where}: {failure.Key.Failure}")}[/]");
        }
    }

    public static object Json(CurveComparison comparison)
    {
        var curves = Targets(comparison).Select(t => new CurveJson(t.Curve, [.. t.Entries.Select(e => LawJson.Of(e.Law, e.Prediction, e.Failure))])).ToList();
        return curves.Count == 1
            ? new { laws = curves[0].Laws }
            : new { curves, average = comparison.Laws.Select(l => LawJson.Of(l, comparison.Average(l) is { } m ? m : null, null)).ToList() };
    }

    // Each target curve with every law's prediction of it (or the reason there is none).
    private static IEnumerable<(string Curve, List<(CurveLaw Law, CurvePrediction? Prediction, string? Failure)> Entries)> Targets(CurveComparison comparison) =>
        comparison.Entries.GroupBy(e => e.Task)
            .SelectMany(task => task.Key.Targets.Select((target, i) => (target.Name,
                task.Select(e => (e.Law, e.Outcome?.Predictions[i], e.Failure)).ToList())));

    private sealed record CurveJson(string Curve, IReadOnlyList<LawJson> Laws);

    private sealed record LawJson(
        string Law, double? R2, double? Mae, double? Rmse, double? Mre, double? Maxre,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Error)
    {
        public static LawJson Of(CurveLaw law, CurvePrediction? prediction, string? failure) => Of(law, prediction?.Metrics, failure);

        public static LawJson Of(CurveLaw law, Fitting.FitMetrics? m, string? failure) =>
            m is null
                ? new LawJson(law.Name, null, null, null, null, null, failure ?? "not fitted")
                : new LawJson(law.Name, m.R2, m.Mae, m.Rmse, m.Mre, m.MaxRe, null);
    }
}
