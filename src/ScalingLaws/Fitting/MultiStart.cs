using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// Runs a local solver from many starts in parallel, one solver (objective and workspace) per thread, so the loop
/// allocates only each start's solution. With <c>stopInFoundBasins</c>, the starts run in rounds (every 16th start,
/// then the starts halfway between those already run, and so on); after each round its converged optima join the
/// <see cref="FoundBasins"/>, and a later start that reaches one of them at no lower objective stops there. Which starts
/// form a round and what each round sees are fixed, so the outcome does not depend on scheduling or the number of
/// threads. Each finished start is reported under <c>stage</c> (null: not reported).
/// </summary>
internal static class MultiStart
{
    public static StartOutcome[] Run(
        FitOptions options, LbfgsSettings settings, int dimension, Func<StartSolver> createSolver, int count, Action<int, double[]> fillStart,
        CancellationToken cancellation = default, string? stage = "starts", bool stopInFoundBasins = false)
    {
        var outcomes = new StartOutcome[count];
        var counter = new ProgressCounter(stage is null ? null : options.Progress, stage ?? "", count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellation };
        var basins = stopInFoundBasins && count > FirstStride ? new FoundBasins(dimension) : null;
        foreach (var (offset, stride) in Rounds(basins is null ? 1 : FirstStride))
        {
            var size = offset < count ? (count - offset + stride - 1) / stride : 0;
            Parallel.For(
                0, size, parallel,
                () => (Solve: createSolver(), Start: new double[dimension]),
                (k, _, local) =>
                {
                    var i = offset + k * stride;
                    fillStart(i, local.Start);
                    var solution = new double[dimension];
                    var result = local.Solve(local.Start, solution, basins);
                    var converged = result.Converged(settings.LooseGradientTolerance) || result.Exit == ExitCondition.EarlyStop;
                    outcomes[i] = new StartOutcome(i, result, solution, converged);
                    counter.Step();
                    return local;
                },
                _ => { });
            basins?.AddConverged(outcomes, Enumerable.Range(0, size).Select(k => offset + k * stride));
        }
        return outcomes;
    }

    /// <summary>The first round runs every this-many-th start: enough starts to find the basins, few enough to leave most starts to stop early.</summary>
    private const int FirstStride = 16;

    // (offset, stride) of each round: every first-stride-th start, then the ones halfway between all run so far, down to stride 2.
    private static IEnumerable<(int Offset, int Stride)> Rounds(int firstStride)
    {
        yield return (0, firstStride);
        for (var stride = firstStride; stride > 1; stride /= 2)
            yield return (stride / 2, stride);
    }

    /// <summary>The same on a scaling law's rows (the whole table or a screening subsample).</summary>
    public static StartOutcome[] Run(
        FitProblem problem, FitData data, LbfgsSettings settings, int count, Action<int, double[]> fillStart,
        CancellationToken cancellation = default, string? stage = "starts", bool stopInFoundBasins = false) =>
        Run(problem.Options, settings, problem.Layout.FreeCount, () => problem.CreateSolver(data, settings), count, fillStart, cancellation, stage, stopInFoundBasins);

    /// <summary>The one "best start" rule: the converged outcome with the lowest objective (lowest index on ties), or null.</summary>
    public static StartOutcome? Best(IEnumerable<StartOutcome> outcomes) =>
        Lowest(outcomes.Where(o => o.Converged && !o.StoppedEarly));

    /// <summary>The outcome with the lowest finite objective (lowest index on ties), converged or not, or null.</summary>
    public static StartOutcome? Lowest(IEnumerable<StartOutcome> outcomes) =>
        outcomes.Where(o => double.IsFinite(o.Result.Value))
            .OrderBy(o => o.Result.Value).ThenBy(o => o.Index)
            .Cast<StartOutcome?>().FirstOrDefault();
}
