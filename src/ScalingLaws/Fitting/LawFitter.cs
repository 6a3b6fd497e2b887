using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Fitting;

/// <summary>
/// Fits a <see cref="ScalingLaw"/> to an observation table on the engine (<see cref="ModelFitter"/>): L-BFGS (or
/// Levenberg–Marquardt for least squares) with analytic gradients from every point of the law's start grid, in
/// parallel, keeping the best converged start. Large tables screen the grid on a subsample first. A fit from which no
/// start converged is an error here, not a result.
/// </summary>
/// <example><code>
/// var fit = new LawFitter(ChinchillaLaw.Instance).Fit(table);
/// Console.WriteLine(fit["alpha"]);
/// </code></example>
public sealed class LawFitter(ScalingLaw law, FitOptions? options = null)
{
    public ScalingLaw Law { get; } = law;

    public FitOptions Options { get; } = options ?? FitOptions.Default;

    public FitResult Fit(ObservationTable table, CancellationToken cancellation = default)
    {
        var problem = FitProblem.Create(Law, table, Options);
        var grid = StartGrid.For(problem.Layout, Options.Start, Options.StartStride, Options.RandomStarts, Options.Seed);
        var notes = table.Notes.ToList();
        var best = problem.Data.Count > Options.ScreeningThreshold && grid.Count > Options.RefinedStarts
            ? ScreenThenRefine(problem, grid, notes, cancellation, out var converged)
            : SearchAll(problem, grid, cancellation, out converged);
        var model = problem.Model();
        var final = ModelFitter.Polish(model, problem.Layout, Options, best, cancellation);
        return Summarize(problem, new ModelFitter(Options).Summarize(model, problem.Layout, grid, final, converged, FitStatus.Converged), notes);
    }

    private static StartOutcome SearchAll(FitProblem problem, StartGrid grid, CancellationToken cancellation, out int converged)
    {
        var outcomes = MultiStart.Run(problem, problem.Data, problem.Options.SearchOptimizer, grid.Count, grid.Fill, cancellation);
        converged = outcomes.Count(o => o.Converged);
        return MultiStart.Best(outcomes) ?? throw new ScalingLawsException(FitWarnings.NoneConverged(problem, grid.Count, outcomes));
    }

    // Runs the whole grid on a regular subsample, then refines the best distinct optima on all rows.
    private StartOutcome ScreenThenRefine(
        FitProblem problem, StartGrid grid, List<string> notes, CancellationToken cancellation, out int converged)
    {
        var sample = problem.Data.Subsample(Options.ScreeningRows);
        var screened = MultiStart.Run(problem, sample, Options.SearchOptimizer, grid.Count, grid.Fill, cancellation);
        var seeds = Distinct(screened.Where(o => o.Converged).OrderBy(o => o.Result.Value).ThenBy(o => o.Index))
            .Take(Options.RefinedStarts).ToArray();
        if (seeds.Length == 0)
            throw new ScalingLawsException(FitWarnings.NoneConverged(problem, grid.Count, screened));
        var refined = MultiStart.Run(problem, problem.Data, Options.SearchOptimizer, seeds.Length, (i, z) => seeds[i].Solution.CopyTo(z, 0), cancellation, "refining");
        converged = screened.Count(o => o.Converged);
        notes.Add($"{grid.Count} starts screened on {sample.Count:N0} evenly spaced rows; the best {seeds.Length} distinct optima refined on all {problem.Data.Count:N0} rows");
        return MultiStart.Best(refined) ?? throw new ScalingLawsException(FitWarnings.NoneConverged(problem, seeds.Length, refined));
    }

    private static IEnumerable<StartOutcome> Distinct(IEnumerable<StartOutcome> ordered)
    {
        var kept = new List<double[]>();
        foreach (var outcome in ordered)
        {
            if (kept.Any(k => k.Zip(outcome.Solution, (a, b) => Math.Abs(a - b)).Max() < 1e-3))
                continue;
            kept.Add(outcome.Solution);
            yield return outcome;
        }
    }

    private static FitResult Summarize(FitProblem problem, ModelFit fit, List<string> notes)
    {
        var theta = problem.Law.ToInternal(fit.Values.AsSpan());
        return new FitResult
        {
            Law = problem.Law,
            Status = fit.Status,
            Values = fit.Values,
            Estimates = fit.Parameters,
            Roles = fit.Roles,
            Objective = problem.Options.Objective,
            Delta = problem.Options.Delta,
            ObjectiveValue = fit.ObjectiveValue,
            Iterations = fit.Iterations,
            Starts = fit.Starts,
            ConvergedStarts = fit.ConvergedStarts,
            Rows = fit.Rows,
            Metrics = FitMetrics.Compute(problem.Data.Loss, Predictions.Of(problem.Model(), theta)),
            Curvature = fit.Curvature,
            Diagnostics = fit.Diagnostics,
            Notes = [.. notes],
        };
    }
}
