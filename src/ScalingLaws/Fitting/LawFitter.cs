using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Fitting;

/// <summary>
/// Fits a <see cref="ScalingLaw"/> to an observation table on the engine (<see cref="ModelFitter"/>): L-BFGS (or
/// Levenberg–Marquardt for least squares) with analytic gradients from every point of the law's start grid, in
/// parallel, keeping the best converged start. Large tables screen the grid on a subsample first. A fit from which no
/// start converged is an error here, not a result. Its standard errors sum the rows' scores by run (<see cref="RunIndex"/>),
/// since checkpoints of one run share its errors.
/// </summary>
/// <example><code>
/// var fit = new LawFitter(ChinchillaLaw.Instance).Fit(table);
/// Console.WriteLine(fit["alpha"]);
/// </code></example>
public sealed class LawFitter(ScalingLaw law, FitOptions? options = null)
{
    /// <summary>The law to fit.</summary>
    public ScalingLaw Law { get; } = law;

    /// <summary>How to fit it.</summary>
    public FitOptions Options { get; } = options ?? FitOptions.Default;

    /// <summary>Fits the law to the rows of <paramref name="table"/>.</summary>
    public FitResult Fit(ObservationTable table, CancellationToken cancellation = default)
    {
        var problem = FitProblem.Create(Law, table, Options);
        var grid = StartGrid.For(problem.Layout, Options.Start, Options.StartStride, Options.RandomStarts, Options.Seed);
        var notes = table.Notes.ToList();
        var best = ScreeningRows(problem.Data.Count, grid.Count) is { } screeningRows
            ? ScreenThenRefine(problem, grid, screeningRows, notes, cancellation, out var tally)
            : SearchAll(problem, grid, cancellation, out tally);
        if (tally.Stopped > 0)
            notes.Add($"{tally.Stopped:N0} of {grid.Count:N0} starts stopped early on joining an optimum an earlier start had found");
        var model = problem.Model();
        var final = ModelFitter.Polish(model, problem.Layout, Options, best, cancellation, finishWithNewton: grid.Count > 1);
        var summary = new ModelFitter(Options).Summarize(model, problem.Layout, grid, final, tally.Converged, FitStatus.Converged, RunIndex.Of(table));
        return Summarize(problem, tally.RecordWithLimit(summary), notes);
    }

    private static StartOutcome SearchAll(FitProblem problem, StartGrid grid, CancellationToken cancellation, out StartTally tally)
    {
        var outcomes = MultiStart.Run(problem, problem.Data, problem.Options.SearchOptimizer, grid.Count, grid.Fill, cancellation, stopInFoundBasins: problem.Options.StopsEarly(grid.Count));
        tally = StartTally.Of(outcomes);
        return MultiStart.Best(outcomes) ?? throw FitWarnings.NoneConverged(problem, grid.Count, outcomes);
    }

    /// <summary>
    /// The rows to screen a grid of <paramref name="starts"/> on, or null to search it on all rows: screening
    /// starts when rows × starts exceeds the work budget, on budget / starts rows, so a table just past the
    /// limit is screened on nearly all of its rows and the time has no cliff.
    /// </summary>
    internal int? ScreeningRows(int rows, int starts)
    {
        if (starts <= Options.RefinedStarts || (long)rows * starts <= Options.ScreeningBudget)
            return null;
        var sample = (int)Math.Max(Options.ScreeningRows, Options.ScreeningBudget / starts);
        return sample < rows ? sample : null;
    }

    // Runs the whole grid on a random subsample, evaluates its best distinct optima on all rows, and refines
    // the best of those on all rows. The result is never worse on all rows than the best screened optimum.
    private StartOutcome ScreenThenRefine(
        FitProblem problem, StartGrid grid, int rows, List<string> notes, CancellationToken cancellation, out StartTally tally)
    {
        var sample = problem.Data.Sample(rows, Options.ScreeningSeed);
        var screened = MultiStart.Run(problem, sample, Options.SearchOptimizer, grid.Count, grid.Fill, cancellation, stopInFoundBasins: Options.StopsEarly(grid.Count));
        tally = StartTally.Of(screened);
        var candidates = Distinct(screened.Where(o => o.Converged && !o.StoppedEarly).OrderBy(o => o.Result.Value).ThenBy(o => o.Index))
            .Take(ScreenedCandidates * Options.RefinedStarts).ToArray();
        if (candidates.Length == 0)
            throw FitWarnings.NoneConverged(problem, grid.Count, screened);
        // Ranked by their objective on all rows (one evaluation each), so the subsample only has to find the basins.
        var onAllRows = OnAllRows(problem, candidates).OrderBy(o => o.Result.Value).ThenBy(o => o.Index).ToArray();
        var bestScreened = onAllRows[0];
        var seeds = onAllRows.Take(Options.RefinedStarts).Select(o => o.Solution).ToArray();
        var refined = MultiStart.Run(problem, problem.Data, Options.SearchOptimizer, seeds.Length, (i, z) => seeds[i].CopyTo(z, 0), cancellation, "refining");
        notes.Add($"{grid.Count:N0} starts screened on {sample.Count:N0} randomly drawn rows (seed {Options.ScreeningSeed}); the best {seeds.Length} distinct optima refined on all {problem.Data.Count:N0} rows");
        var best = MultiStart.Best(refined);
        if (best is { } winner && winner.Result.Value <= bestScreened.Result.Value)
            return winner;
        notes.Add($"the refined optima ended above the best screened optimum on all rows ({Describe(best)} against {bestScreened.Result.Value:G6}); kept the screened optimum");
        return bestScreened;
    }

    /// <summary>How many of the best screened optima (per refined start) are also evaluated on all rows.</summary>
    private const int ScreenedCandidates = 3;

    // The screened optima with their objective on all rows in place of the subsample's.
    private static StartOutcome[] OnAllRows(FitProblem problem, StartOutcome[] screened)
    {
        var objective = problem.CreateObjective();
        var gradient = new double[problem.Layout.FreeCount];
        return [.. screened.Select(o => o with { Result = o.Result with { Value = Finite(objective.Evaluate(o.Solution, gradient)) } })];
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : double.PositiveInfinity;

    private static string Describe(StartOutcome? refined) =>
        refined is { } r ? $"{r.Result.Value:G6}" : "none converged";

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
        var theta = fit.FittingValues.IsDefaultOrEmpty ? problem.Law.ToInternal(fit.Values.AsSpan()) : [.. fit.FittingValues];
        return new FitResult
        {
            Law = problem.Law,
            Status = fit.Status,
            Values = fit.Values,
            FittingValues = [.. theta],
            Estimates = fit.Parameters,
            Roles = fit.Roles,
            Objective = problem.Options.Objective,
            Delta = problem.Options.Delta,
            ObjectiveValue = fit.ObjectiveValue,
            Iterations = fit.Iterations,
            Starts = fit.Starts,
            ConvergedStarts = fit.ConvergedStarts,
            StoppedStarts = fit.StoppedStarts,
            SearchEvaluations = fit.SearchEvaluations,
            Rows = fit.Rows,
            Metrics = FitMetrics.Compute(problem.Data.Loss, Predictions.Of(problem.Model(), theta)),
            Curvature = fit.Curvature,
            Diagnostics = fit.Diagnostics,
            Notes = [.. notes],
        };
    }
}
