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
    /// <paramref name="fit"/> with the stopped starts and evaluations recorded. When most starts ran out of iterations
    /// the winner was chosen among unfinished descents, so the fit is reported as stopped at the iteration limit,
    /// whatever the winner's own convergence says.
    /// </summary>
    public ModelFit Record(ModelFit fit) => fit with
    {
        StoppedStarts = Stopped,
        SearchEvaluations = Evaluations,
        Status = CutShort && fit.Status.IsUsable() ? FitStatus.IterationLimit : fit.Status,
        Diagnostics = CutShort ? fit.Diagnostics.Add(new StartsCutShort(AtLimit, Count)) : fit.Diagnostics,
    };

    private bool CutShort => 2 * AtLimit > Count;
}
