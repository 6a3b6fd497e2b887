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

    /// <summary><paramref name="fit"/> with the stopped starts and evaluations recorded.</summary>
    public ModelFit Record(ModelFit fit) => fit with { StoppedStarts = Stopped, SearchEvaluations = Evaluations };

    /// <summary>
    /// <paramref name="fit"/> recorded, and stopped at the iteration limit when most starts ran out of iterations: the
    /// winner was then chosen among unfinished descents, whatever its own convergence says. For searches whose limit
    /// the caller sets (a scaling law's grid); fits with a fixed budget, such as the curve procedures, report only
    /// their winner's status.
    /// </summary>
    public ModelFit RecordWithLimit(ModelFit fit) => CutShort
        ? Record(fit) with
        {
            Status = fit.Status.IsUsable() ? FitStatus.IterationLimit : fit.Status,
            Diagnostics = fit.Diagnostics.Add(new StartsCutShort(AtLimit, Count)),
        }
        : Record(fit);

    private bool CutShort => 2 * AtLimit > Count;
}
