using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The report of <c>scaling curve fit</c>: per fit the law, the fitted runs, a parameter table, how the fit went and,
/// when the protocol leaves points to predict, the prediction metrics per target curve.
/// </summary>
internal static class CurveFitView
{
    /// <param name="bootstraps">Each outcome's bootstrap, or null where none was run.</param>
    public static void Write(IAnsiConsole console, string source, CurveProtocol? protocol, IReadOnlyList<CurveOutcome> outcomes, IReadOnlyList<CurveBootstrapResult?> bootstraps, string? savedTo)
    {
        foreach (var (outcome, bootstrap) in outcomes.Zip(bootstraps))
        {
            var fit = outcome.Fit;
            console.MarkupLine($"[bold]{fit.Law.Name}[/] law  {Markup.Escape(fit.Law.Formula)}");
            var runs = string.Join(", ", fit.Runs.Select(r => $"{r.Run} ({Numbers.Count(r.Points)})"));
            console.MarkupLine(Markup.Escape($"fitted on {Numbers.Count(fit.Points)} points of {Markup.Escape(source)}: {runs}"));
            if (protocol is not null)
                NoteLine.Write(console, protocol.Describe());
            foreach (var note in outcome.Task.Fit.Concat(outcome.Task.Targets).SelectMany(c => c.Notes).Distinct())
                NoteLine.Write(console, note);
            console.Write(Parameters(fit, bootstrap));
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("status", $"{(fit.Status == FitStatus.Converged ? "[green]" : "[yellow]")}{Markup.Escape(DiagnosticAdvice.CurveStatus(fit.Status))}[/]");
            if (bootstrap is not null)
                grid.AddRow("bootstrap", Markup.Escape(Resampled(bootstrap)));
            grid.AddRow("objective", Markup.Escape($"{Numbers.Value(fit.ObjectiveValue)}  (sum of Huber(δ = {fit.Delta:G3}) of ln L − ln L̂)"));
            grid.AddRow("procedure", Markup.Escape(fit.Method));
            grid.AddRow("fit", Markup.Escape(Describe(fit.Metrics)));
            grid.AddRow("intervals", Markup.Escape(outcome.Predictive is { } predictive ? CurveIntervalText.Describe(predictive) : CurveIntervalText.NoPrior));
            console.Write(grid);
            if (outcome.Predictions.Length > 0)
            {
                console.MarkupLine("predicted:");
                console.Write(PredictionTable(outcome));
            }
            foreach (var diagnostic in fit.Diagnostics)
                console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(DiagnosticAdvice.ConstrainedCurveSentence(diagnostic))}");
            foreach (var warning in BootstrapWarnings(bootstrap))
                console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
            console.WriteLine();
        }
        if (savedTo is not null)
            console.MarkupLine($"Saved to {Markup.Escape(savedTo)}");
    }

    public static string Describe(FitMetrics m) =>
        $"R² {Numbers.R2(m.R2)}, MAE {Numbers.Error(m.Mae)}, RMSE {Numbers.Error(m.Rmse)}, mean rel. error {Numbers.Percent(m.Mre)}, max rel. error {Numbers.Percent(m.MaxRe)}";

    // Below this many distinct resamples a whole-run bootstrap's percentiles are too coarse to trust (5 runs give 126).
    private const double CoarseBootstrap = 100;

    // Below this share of converged resamples the intervals describe the resamples that happened to converge.
    private const double ConvergedShare = 0.9;

    /// <summary>Why a bootstrap's intervals may mislead: too few runs to resample, or too many refits that did not converge.</summary>
    public static IEnumerable<string> BootstrapWarnings(CurveBootstrapResult? bootstrap)
    {
        if (bootstrap is { ResampledRuns: true, DistinctResamples: < CoarseBootstrap })
            yield return $"{bootstrap.Units} runs allow only {bootstrap.DistinctResamples:N0} distinct whole-run resamples, so the bootstrap intervals are coarse; fit more runs, or one run at a time for block intervals.";
        if (bootstrap is not null && bootstrap.Converged < ConvergedShare * bootstrap.Resamples)
            yield return $"only {Numbers.Count(bootstrap.Converged)} of {Numbers.Count(bootstrap.Resamples)} bootstrap refits converged, so the intervals describe those resamples only: the data do not determine this law's parameters well; fix or bound some (--fix, --bound).";
    }

    /// <summary>What a bootstrap resampled, how often, and how many refits converged.</summary>
    public static string Resampled(CurveBootstrapResult b) =>
        (b.ResampledRuns
            ? $"{Numbers.Count(b.Resamples)} resamples of the {b.Units} runs, drawn whole"
            : $"{Numbers.Count(b.Resamples)} resamples of blocks of {b.BlockLength} consecutive points of the {Numbers.Count(b.Units)} (circular moving blocks; length from the residuals' autocorrelation)")
        + $", seed {b.Seed}; {Numbers.Count(b.Converged)} converged; 95% intervals are percentiles";

    // Value, the curvature's standard error (or why there is none) and, with a bootstrap, its percentile 95% interval.
    private static Table Parameters(CurveFit fit, CurveBootstrapResult? bootstrap)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("parameter").AddColumn(new TableColumn("value").RightAligned())
            .AddColumn(new TableColumn("SE (curvature)").RightAligned());
        if (bootstrap is not null)
            table.AddColumn(new TableColumn("95% bootstrap interval").RightAligned());
        for (var j = 0; j < fit.Law.ParameterCount; j++)
        {
            var estimate = fit.Estimates.IsDefaultOrEmpty ? null : fit.Estimates[j];
            var cells = new List<string> { fit.Law.Parameters[j].Name, Numbers.Value(fit.Values[j]), Error(estimate) };
            if (bootstrap is not null)
                cells.Add(estimate?.Role is ParameterRole.Fixed ? "fixed" : Interval(bootstrap.Parameter(j)));
            table.AddRow([.. cells.Select(Markup.Escape)]);
        }
        return table;
    }

    private static string Error(ParameterEstimate? estimate) => estimate switch
    {
        null => "–",
        { Role: ParameterRole.Fixed } => "fixed",
        { Bound: not BoundHit.None } => $"at {estimate.Bound.ToString().ToLowerInvariant()} bound",
        _ => double.IsFinite(estimate.StandardError) ? Numbers.Value(estimate.StandardError) : "–",
    };

    private static string Interval(Uncertainty.Uncertainty u) => double.IsFinite(u.Lower) ? $"[{Numbers.Value(u.Lower)}, {Numbers.Value(u.Upper)}]" : "–";

    private static Table PredictionTable(CurveOutcome outcome)
    {
        var table = MetricsTable(outcome.Predictive is not null, "curve", "points");
        foreach (var p in outcome.Predictions)
            AddMetrics(table, [p.Target.Name, Numbers.Count(p.Target.Count)], p.Metrics, CurveCoverage.Of([p]));
        if (outcome.Predictions.Length > 1)
            AddMetrics(table, ["average", ""], outcome.Average, outcome.Coverage);
        return table;
    }

    /// <summary>
    /// A table whose next five columns are R², MAE, RMSE, mean and max relative error and, with
    /// <paramref name="intervals"/>, three on the predictive 95% interval: its coverage, its mean half-width and the furthest extrapolation.
    /// </summary>
    public static Table MetricsTable(bool intervals, params string[] first)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in first)
            table.AddColumn(column);
        foreach (var column in new[] { "R²", "MAE", "RMSE", "mean rel. err", "max rel. err" })
            table.AddColumn(new TableColumn(column).RightAligned());
        if (intervals)
        {
            foreach (var column in new[] { "95% covers", "± half-width", "reach" })
                table.AddColumn(new TableColumn(column).RightAligned());
        }
        return table;
    }

    /// <summary>A row of a <see cref="MetricsTable"/>; <paramref name="coverage"/> fills the interval columns when the table has them.</summary>
    public static void AddMetrics(Table table, string[] first, FitMetrics? m, CurveCoverage? coverage = null)
    {
        var cells = first.Select(c => new Text(c)).Concat(m is null
            ? Enumerable.Repeat(new Text("–"), 5)
            : [new Text(Numbers.R2(m.R2)), new Text(Numbers.Error(m.Mae)), new Text(Numbers.Error(m.Rmse)), new Text(Numbers.Percent(m.Mre)), new Text(Numbers.Percent(m.MaxRe))]);
        if (table.Columns.Count > first.Length + 5)
        {
            cells = cells.Concat(coverage is null
                ? Enumerable.Repeat(new Text("–"), 3)
                : [new Text(Numbers.Percent(coverage.Coverage)), new Text(Numbers.Percent(coverage.MeanRelativeHalfWidth)), new Text(CurveIntervalText.Factor(coverage.MaxFactor))]);
        }
        table.AddRow([.. cells]);
    }
}
