using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The report of <c>scaling curve compare</c>: one table, every law on every target curve, then each law averaged over
/// the curves. The JSON is {laws: [...]} for one target curve, else {curves: [{curve, laws}], average: [...]}.
/// </summary>
internal static class CurveCompareView
{
    public static void Write(IAnsiConsole console, string source, CurveProtocol protocol, CurveComparison comparison)
    {
        console.MarkupLine($"[bold]Loss-curve laws compared[/] on {Markup.Escape(source)}: {Markup.Escape(protocol.Describe())}");
        console.MarkupLine("[grey]  · each law fitted with Huber(δ = 1e-3) on ln L; metrics over the predicted points only[/]");
        foreach (var method in comparison.Entries.Select(e => e.Outcome?.Fit).OfType<CurveFit>().Select(f => $"{f.Law.Name}: {f.Method}").Distinct())
            console.MarkupLine($"[grey]  · {Markup.Escape(method)}[/]");
        var intervals = comparison.Entries.Any(e => e.Outcome?.Predictive is not null);
        if (intervals)
        {
            console.MarkupLine("[grey]  · predictive 95% interval per point: each fit refitted on the first 30–80 % of its fitted steps predicts the rest of them; their errors give " +
                "σ(d) = sqrt(σ0² + (k·d)²) on ln L, d = decades of steps beyond the last fitted step per decade fitted (the parameters' uncertainty is inside these errors); " +
                "'95% covers' is the share of observed points inside, '± half-width' its mean relative half-width, 'reach' the furthest step over the last fitted step[/]");
        }
        var bootstrapped = Bootstraps(comparison).ToList();
        foreach (var (law, resampled) in bootstrapped)
            console.MarkupLine($"[grey]  · {Markup.Escape($"{law.Name}: bootstrap {CurveFitView.Resampled(resampled)}; its predictive intervals add the spread of the resamples' predictions")}[/]");
        foreach (var law in comparison.Entries.Where(e => bootstrapped.Count > 0 && e.Outcome is { Bootstrap: null }).Select(e => e.Law).Distinct())
            console.MarkupLine($"[grey]  · {Markup.Escape($"{law.Name}: not bootstrapped (its published procedure stops early by design, not at a minimum to refit; --procedure minimum fits it to the minimum)")}[/]");
        var table = CurveFitView.MetricsTable(intervals, "curve", "law");
        foreach (var (target, entries) in Targets(comparison))
        {
            var first = true;
            foreach (var (law, prediction, _, _, _) in entries)
            {
                CurveFitView.AddMetrics(table, [first ? target : "", law.Name], prediction?.Metrics, prediction is null ? null : CurveCoverage.Of([prediction]));
                first = false;
            }
        }
        console.Write(table);
        if (comparison.TargetCount > 1)
        {
            console.MarkupLine(Markup.Escape($"Average over the {comparison.TargetCount} predicted curves (each curve counts once; max rel. err is the per-curve worst, averaged):"));
            var average = CurveFitView.MetricsTable(intervals, "law");
            foreach (var law in comparison.Laws)
                CurveFitView.AddMetrics(average, [law.Name], comparison.Average(law), comparison.Coverage(law));
            console.Write(average);
        }
        // The same failure or warning on many runs (e.g. too few points for every run) is said once.
        foreach (var failure in comparison.Entries.Where(e => e.Failure is not null).GroupBy(e => (e.Law, Text: Worded(e.Failure!))))
            console.MarkupLine($"[grey]  {Markup.Escape(Said(comparison, failure.Key.Law, failure.Select(e => e.Task.Name).ToList(), failure.Key.Text))}[/]");
        foreach (var law in comparison.Entries.Where(e => e.Outcome is { Predictive: null }).GroupBy(e => e.Law))
            console.MarkupLine($"[grey]  {Markup.Escape(Said(comparison, law.Key, [.. law.Select(e => e.Task.Name)], CurveIntervalText.NoPrior))}[/]");
        var warnings = comparison.Entries.SelectMany(e => (e.Outcome?.Fit.Diagnostics ?? []).Select(DiagnosticAdvice.CurveSentence)
            .Concat(CurveFitView.BootstrapWarnings(e.Outcome?.Bootstrap)).Select(text => (e.Law, e.Task, Text: text)));
        foreach (var warning in warnings.GroupBy(w => (w.Law, w.Text)))
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(Said(comparison, warning.Key.Law, warning.Select(w => w.Task.Name).ToList(), warning.Key.Text))}");
    }

    // Each law's bootstraps, one per fit (the first per law is described: every fit of a law resamples alike).
    private static IEnumerable<(CurveLaw Law, CurveBootstrapResult Bootstrap)> Bootstraps(CurveComparison comparison) =>
        comparison.Entries.Where(e => e.Outcome?.Bootstrap is not null).GroupBy(e => e.Law).Select(g => (g.Key, g.First().Outcome!.Bootstrap!));

    /// <summary>
    /// A law's failure in this command's words: compare fits every law unconstrained, so the options of one law's fit
    /// (--law, --fix, --tie, --bound) are named as 'scaling curve fit's.
    /// </summary>
    public static string Worded(ScalingLawsException failure) =>
        failure.Describe(setting => setting is Setting.Law or Setting.Fix or Setting.Tie or Setting.Bound ? $"scaling curve fit's {SettingFlags.Flag(setting)}" : SettingFlags.Flag(setting));

    private static string Said(CurveComparison comparison, CurveLaw law, List<string> tasks, string text)
    {
        var all = comparison.Entries.Count(e => e.Law == law);
        var where = tasks.Count == 1 ? tasks[0] : tasks.Count == all ? $"all {all} fits" : $"{tasks.Count} fits ({string.Join(", ", tasks)})";
        return $"{law.Name}, {where}: {text}";
    }

    /// <summary>{laws} for one predicted curve, or {curves, average} for several.</summary>
    public static object Json(CurveComparison comparison)
    {
        var curves = Targets(comparison).Select(t => new ComparedCurveJson(t.Curve, [.. t.Entries.Select(e => ComparedLawJson.Of(e.Law, e.Prediction, e.Failure, e.Warnings) with
        {
            Bootstrap = CurveBootstrapJson.Of(e.Bootstrap),
        })])).ToList();
        return curves.Count == 1
            ? new ComparedLawsJson(curves[0].Laws)
            : new ComparedCurvesJson(curves, [.. comparison.Laws.Select(l => ComparedLawJson.Of(l, comparison.Average(l) is { } m ? m : null, null, [], comparison.Coverage(l)))]);
    }

    // Each target curve with every law's prediction of it (or the reason there is none), the fit's warnings and bootstrap.
    private static IEnumerable<(string Curve, List<(CurveLaw Law, CurvePrediction? Prediction, string? Failure, IReadOnlyList<string> Warnings, CurveBootstrapResult? Bootstrap)> Entries)> Targets(
        CurveComparison comparison) =>
        comparison.Entries.GroupBy(e => e.Task)
            .SelectMany(task => task.Key.Targets.Select((target, i) => (target.Name,
                task.Select(e => (e.Law, e.Outcome?.Predictions[i], e.Failure is { } failure ? Worded(failure) : null,
                    (IReadOnlyList<string>)[.. (e.Outcome?.Fit.Diagnostics ?? []).Select(DiagnosticAdvice.CurveSentence), .. CurveFitView.BootstrapWarnings(e.Outcome?.Bootstrap)],
                    e.Outcome?.Bootstrap)).ToList())));

    internal sealed record ComparedCurveJson(string Curve, IReadOnlyList<ComparedLawJson> Laws);

    internal sealed record ComparedLawsJson(IReadOnlyList<ComparedLawJson> Laws);

    internal sealed record ComparedCurvesJson(IReadOnlyList<ComparedCurveJson> Curves, IReadOnlyList<ComparedLawJson> Average);

    /// <param name="Coverage">How the predictive 95% intervals covered the predicted points (see <see cref="CurveCoverageJson"/>).</param>
    internal sealed record ComparedLawJson(
        string Law, double? R2, double? Mae, double? Rmse, double? Mre, double? Maxre,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] CurveCoverageJson? Coverage,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Error,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Warnings)
    {
        /// <summary>The fit's bootstrap (its parameters' intervals), when one was run.</summary>
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public CurveBootstrapJson? Bootstrap { get; init; }

        public static ComparedLawJson Of(CurveLaw law, CurvePrediction? prediction, string? failure, IReadOnlyList<string> warnings) =>
            Of(law, prediction?.Metrics, failure, warnings, prediction is null ? null : CurveCoverage.Of([prediction]));

        public static ComparedLawJson Of(CurveLaw law, Fitting.FitMetrics? m, string? failure, IReadOnlyList<string> warnings, CurveCoverage? coverage = null) =>
            m is null
                ? new ComparedLawJson(law.Name, null, null, null, null, null, null, failure ?? "not fitted", null)
                : new ComparedLawJson(law.Name, m.R2, m.Mae, m.Rmse, m.Mre, m.MaxRe, CurveCoverageJson.Of(coverage), null, warnings.Count > 0 ? warnings : null);
    }
}
