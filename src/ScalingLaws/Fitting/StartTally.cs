namespace ScalingLaws.Fitting;

/// <summary>
/// How a fit's starts ended: converged (stopped ones included), stopped early, cut short by the iteration limit, and
/// the evaluations they took.
/// </summary>
internal readonly record struct StartTally(int Converged, int Stopped, int AtLimit, int Count, long Evaluations)
{
    public static StartTally Of(IReadOnlyCollection<StartOutcome> outcomes) => new(
        outcomes.Count(o => o.Converged), outcomes.Count(o => o.StoppedEarly),
        outcomes.Count(o => !o.Converged && o.Result.Exit == Optimization.ExitCondition.MaxIterations), outcomes.Count,
        outcomes.Sum(o => (long)o.Result.Evaluations));

    /// <summary>
    /// <paramref name="fit"/> with the stopped starts and evaluations recorded, and a warning when most starts ran out
    /// of iterations: the winner was then chosen among unfinished searches, whatever its own status says.
    /// </summary>
    public ModelFit Record(ModelFit fit) => fit with
    {
        StoppedStarts = Stopped,
        SearchEvaluations = Evaluations,
        Diagnostics = 2 * AtLimit > Count ? fit.Diagnostics.Add(new StartsCutShort(AtLimit, Count)) : fit.Diagnostics,
    };
}
