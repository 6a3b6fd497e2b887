using ScalingLaws.Curves;
using ScalingLaws.Fitting;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The report of <c>scaling curve fit</c>: per fit the law, the fitted runs, a parameter table, how the fit went and,
/// when the protocol leaves points to predict, the prediction metrics per target curve.
/// </summary>
internal static class CurveFitView
{
    public static void Write(IAnsiConsole console, string source, CurveProtocol? protocol, IReadOnlyList<CurveOutcome> outcomes, string? savedTo)
    {
        foreach (var outcome in outcomes)
        {
            var fit = outcome.Fit;
            console.MarkupLine($"[bold]{fit.Law.Name}[/] law  {Markup.Escape(fit.Law.Formula)}");
            var runs = string.Join(", ", fit.Runs.Select(r => $"{r.Run} ({Numbers.Count(r.Points)})"));
            console.MarkupLine(Markup.Escape($"fitted on {Numbers.Count(fit.Points)} points of {Markup.Escape(source)}: {runs}"));
            if (protocol is not null)
                console.MarkupLine($"  [grey]· {Markup.Escape(protocol.Describe())}[/]");
            console.Write(Parameters(fit));
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("objective", Markup.Escape($"{Numbers.Value(fit.ObjectiveValue)}  (sum of Huber(δ = {fit.Delta:G3}) of ln L − ln L̂)"));
            grid.AddRow("procedure", Markup.Escape(fit.Method));
            grid.AddRow("fit", Markup.Escape(Describe(fit.Metrics)));
            if (outcome.Predictive is { } predictive)
                grid.AddRow("intervals", Markup.Escape(CurveIntervalText.Describe(predictive)));
            console.Write(grid);
            if (outcome.Predictions.Length > 0)
            {
                console.MarkupLine("predicted:");
                console.Write(PredictionTable(outcome));
            }
            foreach (var diagnostic in fit.Diagnostics)
                console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(DiagnosticAdvice.CurveSentence(diagnostic))}");
            console.WriteLine();
        }
        if (savedTo is not null)
            console.MarkupLine($"Saved to {Markup.Escape(savedTo)}");
    }

    public static string Describe(FitMetrics m) =>
        $"R² {m.R2:F4}, MAE {Numbers.Error(m.Mae)}, RMSE {Numbers.Error(m.Rmse)}, mean rel. error {Numbers.Percent(m.Mre)}, max rel. error {Numbers.Percent(m.MaxRe)}";

    private static Table Parameters(CurveFit fit)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("parameter").AddColumn(new TableColumn("value").RightAligned());
        for (var j = 0; j < fit.Law.ParameterCount; j++)
            table.AddRow(fit.Law.Parameters[j].Name, Numbers.Value(fit.Values[j]));
        return table;
    }

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
            : [new Text(m.R2.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)), new Text(Numbers.Error(m.Mae)), new Text(Numbers.Error(m.Rmse)), new Text(Numbers.Percent(m.Mre)), new Text(Numbers.Percent(m.MaxRe))]);
        if (table.Columns.Count > first.Length + 5)
        {
            cells = cells.Concat(coverage is null
                ? Enumerable.Repeat(new Text("–"), 3)
                : [new Text(Numbers.Percent(coverage.Coverage)), new Text(Numbers.Percent(coverage.MeanRelativeHalfWidth)), new Text(CurveIntervalText.Factor(coverage.MaxFactor))]);
        }
        table.AddRow([.. cells]);
    }
}
