using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// Runs a local solver from many starts in parallel, one solver (objective and workspace) per thread, so the loop
/// allocates only each start's solution. Each start is independent, so the outcome does not depend on scheduling or
/// the number of threads. Each finished start is reported under <c>stage</c> (null: not reported).
/// </summary>
internal static class MultiStart
{
    public static StartOutcome[] Run(
        FitOptions options, LbfgsSettings settings, int dimension, Func<StartSolver> createSolver, int count, Action<int, double[]> fillStart,
        CancellationToken cancellation = default, string? stage = "starts")
    {
        var outcomes = new StartOutcome[count];
        var counter = new ProgressCounter(stage is null ? null : options.Progress, stage ?? "", count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(
            0, count, parallel,
            () => (Solve: createSolver(), Start: new double[dimension]),
            (i, _, local) =>
            {
                fillStart(i, local.Start);
                var solution = new double[dimension];
                var result = local.Solve(local.Start, solution);
                outcomes[i] = new StartOutcome(i, result, solution, result.Converged(settings.LooseGradientTolerance));
                counter.Step();
                return local;
            },
            _ => { });
        return outcomes;
    }

    /// <summary>The same on a scaling law's rows (the whole table or a screening subsample).</summary>
    public static StartOutcome[] Run(
        FitProblem problem, FitData data, LbfgsSettings settings, int count, Action<int, double[]> fillStart,
        CancellationToken cancellation = default, string? stage = "starts") =>
        Run(problem.Options, settings, problem.Layout.FreeCount, () => problem.CreateSolver(data, settings), count, fillStart, cancellation, stage);

    /// <summary>The one "best start" rule: the converged outcome with the lowest objective (lowest index on ties), or null.</summary>
    public static StartOutcome? Best(IEnumerable<StartOutcome> outcomes) =>
        Lowest(outcomes.Where(o => o.Converged));

    /// <summary>The outcome with the lowest finite objective (lowest index on ties), converged or not, or null.</summary>
    public static StartOutcome? Lowest(IEnumerable<StartOutcome> outcomes) =>
        outcomes.Where(o => double.IsFinite(o.Result.Value))
            .OrderBy(o => o.Result.Value).ThenBy(o => o.Index)
            .Cast<StartOutcome?>().FirstOrDefault();
}
