using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Fitting;

/// <summary>
/// Fits a <see cref="ScalingLaw"/> to an observation table: L-BFGS (or Levenberg–Marquardt for
/// least squares) with analytic gradients from every point of the law's start grid, in parallel,
/// keeping the best converged start.
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
        var grid = StartGrid.For(problem.Layout, Options.Start, Options.StartStride);
        var notes = table.Notes.ToList();
        var best = problem.Data.Count > Options.ScreeningThreshold && grid.Count > Options.RefinedStarts
            ? ScreenThenRefine(problem, grid, notes, cancellation, out var converged)
            : SearchAll(problem, grid, cancellation, out converged);
        // Levenberg–Marquardt already stops at round-off; L-BFGS searched with loose tolerances.
        var final = Options.Solver == FitSolver.Lbfgs ? Polish(problem, best, cancellation) : best;
        return Summarize(problem, grid, final, converged, notes);
    }

    private static StartOutcome SearchAll(FitProblem problem, StartGrid grid, CancellationToken cancellation, out int converged)
    {
        var outcomes = MultiStart.Run(problem, problem.Data, problem.Options.SearchOptimizer, grid.Count, grid.Fill, cancellation);
        converged = outcomes.Count(o => o.Converged);
        return MultiStart.Best(outcomes) ?? throw FitWarnings.NoneConverged(problem, grid.Count, outcomes);
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
            throw FitWarnings.NoneConverged(problem, grid.Count, screened);
        var refined = MultiStart.Run(problem, problem.Data, Options.SearchOptimizer, seeds.Length, (i, z) => seeds[i].Solution.CopyTo(z, 0), cancellation, "refining");
        converged = screened.Count(o => o.Converged);
        notes.Add($"{grid.Count} starts screened on {sample.Count:N0} evenly spaced rows; the best {seeds.Length} distinct optima refined on all {problem.Data.Count:N0} rows");
        return MultiStart.Best(refined) ?? throw FitWarnings.NoneConverged(problem, seeds.Length, refined);
    }

    // Tightens the winner to the reported precision; keeps the search result if polishing goes astray.
    private static StartOutcome Polish(FitProblem problem, StartOutcome best, CancellationToken cancellation)
    {
        var polished = MultiStart.Run(problem, problem.Data, problem.Options.Optimizer, 1, (_, z) => best.Solution.CopyTo(z, 0), cancellation, stage: null)[0];
        return polished.Converged && polished.Result.Value <= best.Result.Value
            ? polished with { Index = best.Index, Result = polished.Result with { Iterations = best.Result.Iterations + polished.Result.Iterations } }
            : best;
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

    private static FitResult Summarize(FitProblem problem, StartGrid grid, StartOutcome best, int converged, List<string> notes)
    {
        var layout = problem.Layout;
        var theta = new double[problem.Law.ParameterCount];
        layout.Expand(best.Solution, theta);
        var values = problem.Law.ToNatural(theta);
        var curvature = FitCurvature.At(problem.CreateObjective(), best.Solution);
        return new FitResult
        {
            Law = problem.Law,
            Values = [.. values],
            Roles = layout.Roles,
            Objective = problem.Options.Objective,
            Delta = problem.Options.Delta,
            ObjectiveValue = best.Result.Value,
            Iterations = best.Result.Iterations,
            Starts = grid.Count,
            ConvergedStarts = converged,
            Rows = problem.Data.Count,
            Metrics = FitMetrics.Compute(problem.Data.Loss, problem.Data.Predict(problem.Law, theta)),
            Curvature = curvature,
            Warnings = [.. FitWarnings.For(problem, grid, best.Solution, curvature)],
            Notes = [.. notes],
        };
    }
}
