using ScalingLaws.Uncertainty;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The human fit report: data notes, a parameter table (value, SE, 95% interval, role), derived
/// quantities, statistics, correlations strongest first, then warnings.
/// </summary>
internal static class FitReportView
{
    private const double CorrelationShown = 0.3;

    /// <param name="runs">The runs of the fitted table, when known: the report says how many and warns when checkpoints dominate.</param>
    /// <param name="predictive">The extrapolation-error model written with the law file, when there is one.</param>
    public static void Write(IAnsiConsole console, ObservationTable table, FitResult fit, BootstrapResult? bootstrap, string? savedTo, RunIndex? runs = null, PredictiveModel? predictive = null)
    {
        console.MarkupLine($"[bold]{fit.Law.Name}[/] law  {Markup.Escape(fit.Law.Formula)}");
        console.MarkupLine(Markup.Escape(runs is not null ? RunsText.Rows(runs, table.Source) : $"{Numbers.Count(fit.Rows)} rows from {table.Source}"));
        console.MarkupLine($"status: {(fit.Status == FitStatus.Converged ? "[green]" : "[yellow]")}{Markup.Escape(DiagnosticAdvice.Status(fit.Status))}[/]");
        foreach (var note in fit.Notes)
            NoteLine.Write(console, note);
        console.WriteLine();
        console.Write(ParameterTable(fit, bootstrap));
        WriteDerived(console, fit, bootstrap);
        WriteStatistics(console, fit, bootstrap);
        WriteCorrelations(console, fit, bootstrap);
        WriteWarnings(console, Warnings(fit, runs, table));
        if (predictive is not null)
            console.MarkupLine(Markup.Escape($"extrapolation error for predictive intervals: {ErrorModelText.Describe(predictive)}."));
        if (savedTo is not null)
            console.MarkupLine($"Saved to {Markup.Escape(savedTo)}");
    }

    // Standard errors and 95% intervals from the bootstrap when there is one, else from the curvature at the optimum.
    private static Table ParameterTable(FitResult fit, BootstrapResult? bootstrap)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("parameter").AddColumn(new TableColumn("value").RightAligned())
            .AddColumn(new TableColumn(bootstrap is null ? "SE (curvature)" : "SE").RightAligned())
            .AddColumn(new TableColumn("95% interval").RightAligned());
        var anyHeld = fit.Roles.Any(r => r != ParameterRole.Free) || fit.Estimates.Any(e => e.Bound != BoundHit.None);
        if (anyHeld)
            table.AddColumn("role");
        for (var j = 0; j < fit.Law.ParameterCount; j++)
        {
            var estimate = fit.Estimates[j];
            var cells = new List<string> { estimate.Name, Numbers.Value(fit.Values[j]) };
            if (bootstrap is not null)
            {
                var u = bootstrap.Parameter(j);
                cells.Add(fit.Roles[j] == ParameterRole.Free ? Numbers.Error(u.StandardError) : "");
                cells.Add(fit.Roles[j] == ParameterRole.Free ? $"[{Numbers.Value(u.Lower)}, {Numbers.Value(u.Upper)}]" : "");
            }
            else
            {
                cells.Add(double.IsFinite(estimate.StandardError) ? Numbers.Error(estimate.StandardError) : "");
                cells.Add(double.IsFinite(estimate.Lower) && double.IsFinite(estimate.Upper) ? $"[{Numbers.Value(estimate.Lower)}, {Numbers.Value(estimate.Upper)}]" : "");
            }
            if (anyHeld)
                cells.Add(Role(estimate));
            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }
        return table;
    }

    private static string Role(ParameterEstimate estimate) => estimate.Bound switch
    {
        BoundHit.Lower => "at lower bound",
        BoundHit.Upper => "at upper bound",
        _ => estimate.Role.ToString().ToLowerInvariant(),
    };

    private static void WriteDerived(IAnsiConsole console, FitResult fit, BootstrapResult? bootstrap)
    {
        foreach (var quantity in DerivedQuantities.For(fit.Law))
        {
            var value = quantity.Compute(fit.Values);
            var spread = bootstrap?.Derived(quantity.Compute) is { } u
                ? $" ± {Numbers.Error(u.StandardError)} [{Numbers.Value(u.Lower)}, {Numbers.Value(u.Upper)}]"
                : "";
            console.MarkupLine(Markup.Escape($"{quantity.Name} = {Numbers.Value(value)}{spread}   ({quantity.Description})"));
        }
    }

    private static void WriteStatistics(IAnsiConsole console, FitResult fit, BootstrapResult? bootstrap)
    {
        var objective = fit.Objective == FitObjective.HuberLog ? $"sum of Huber(δ = {fit.Delta:G3}) of ln L − ln L̂" : "sum of (L − L̂)²";
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("objective", $"{Numbers.Value(fit.ObjectiveValue)}  ({objective})");
        grid.AddRow("starts", $"{Numbers.Count(fit.ConvergedStarts)} of {Numbers.Count(fit.Starts)} converged; best after {fit.Iterations} iterations");
        grid.AddRow("fit", $"RMSE {Numbers.Error(fit.Metrics.Rmse)}, R² {Numbers.R2(fit.Metrics.R2)}, mean rel. error {Numbers.Percent(fit.Metrics.Mre)}, max rel. error {Numbers.Percent(fit.Metrics.MaxRe)}");
        if (bootstrap is not null)
            grid.AddRow("bootstrap", $"{Numbers.Count(bootstrap.Converged)} of {Numbers.Count(bootstrap.Resamples)} resamples converged (seed {bootstrap.Seed}); {RunsText.Resampled(bootstrap)}");
        else if (fit.Curvature.DegreesOfFreedom >= 1)
            grid.AddRow("SE", CurvatureText(fit));
        console.WriteLine();
        console.Write(grid);
    }

    // How the curvature's standard errors and intervals were formed.
    private static string CurvatureText(FitResult fit)
    {
        var (curvature, t) = (fit.Curvature, $"intervals ± {fit.Curvature.Multiplier95:0.00} SE (Student's t, {fit.Curvature.DegreesOfFreedom} df)");
        return curvature.Runs > 0 ? $"robust to errors shared within a run: scores summed over {Numbers.Count(curvature.Runs)} runs (CR2); {t}"
            : fit.Objective == FitObjective.HuberLog ? $"sandwich over rows, each row a run (HC2); {t}"
            : $"s²(JᵀJ)⁻¹; {t}";
    }

    // Correlations above a threshold, strongest first (as lmfit's report does).
    private static void WriteCorrelations(IAnsiConsole console, FitResult fit, BootstrapResult? bootstrap)
    {
        var (names, matrix, source) = bootstrap is not null
            ? (fit.Law.Parameters.Select(p => p.Name).ToArray(), bootstrap.Correlation(), "bootstrap")
            : (fit.Law.Parameters.Where((_, j) => fit.Roles[j] == ParameterRole.Free).Select(p => p.InternalName).ToArray(), fit.Curvature.Correlation, "curvature");
        var pairs = (from i in Enumerable.Range(0, names.Length)
                     from j in Enumerable.Range(i + 1, names.Length - i - 1)
                     where Math.Abs(matrix[i, j]) > CorrelationShown
                     orderby Math.Abs(matrix[i, j]) descending
                     select $"{names[i]}–{names[j]} {matrix[i, j]:+0.000;-0.000}").ToList();
        if (pairs.Count > 0)
            console.MarkupLine(Markup.Escape($"correlations ({source}, |ρ| > {CorrelationShown}): {string.Join(", ", pairs)}"));
    }

    /// <summary>The fit's warnings (each diagnostic with its advice), then checkpoint dominance when the runs show it.</summary>
    public static IReadOnlyList<string> Warnings(FitResult fit, RunIndex? runs, ObservationTable table)
    {
        var warnings = fit.Diagnostics.Select(DiagnosticAdvice.Sentence).ToList();
        if (runs is not null && CheckpointDominance.Assess(runs) is { } dominance)
            warnings.Add(RunsText.Dominance(dominance, runs.Grouping));
        if (UnseenFloor.Collapsed(fit, table))
            warnings.Add($"{UnseenFloorText.Collapsed} (E = {Numbers.Value(fit.Values[UnseenFloor.IndexOfE(fit.Law)])}), so predictions beyond them may be too low; in 'predict', {UnseenFloorText.Reaches}.");
        return warnings;
    }

    private static void WriteWarnings(IAnsiConsole console, IReadOnlyList<string> warnings)
    {
        if (warnings.Count == 0)
            return;
        console.WriteLine();
        foreach (var warning in warnings)
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
    }
}
