using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// Runs the options' local optimiser from many starts in parallel, one solver (objective and
/// workspace) per thread. Each start is independent, so the outcome does not depend on scheduling.
/// Each finished start is reported under <c>stage</c> (null: not reported).
/// </summary>
internal static class MultiStart
{
    public static StartOutcome[] Run(
        FitProblem problem, FitData data, LbfgsSettings settings, int count, Action<int, double[]> fillStart,
        CancellationToken cancellation = default, string? stage = "starts")
    {
        var outcomes = new StartOutcome[count];
        var counter = new ProgressCounter(stage is null ? null : problem.Options.Progress, stage ?? "", count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = problem.Options.MaxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(
            0, count, parallel,
            () => (Solve: problem.CreateSolver(data, settings), Start: new double[problem.Layout.FreeCount]),
            (i, _, local) =>
            {
                fillStart(i, local.Start);
                var solution = new double[local.Start.Length];
                var result = local.Solve(local.Start, solution);
                outcomes[i] = new StartOutcome(i, result, solution, result.Converged(settings.LooseGradientTolerance));
                counter.Step();
                return local;
            },
            _ => { });
        return outcomes;
    }

    /// <summary>The converged outcome with the lowest objective (lowest index on ties), or null.</summary>
    public static StartOutcome? Best(IEnumerable<StartOutcome> outcomes) =>
        outcomes.Where(o => o.Converged && double.IsFinite(o.Result.Value))
            .OrderBy(o => o.Result.Value).ThenBy(o => o.Index)
            .Cast<StartOutcome?>().FirstOrDefault();
}
