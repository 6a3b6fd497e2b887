namespace ScalingLaws.Fitting;

/// <summary>How a fit's starts ended: converged (stopped ones included), stopped early, and the evaluations they took.</summary>
internal readonly record struct StartTally(int Converged, int Stopped, long Evaluations)
{
    public static StartTally Of(IReadOnlyCollection<StartOutcome> outcomes) =>
        new(outcomes.Count(o => o.Converged), outcomes.Count(o => o.StoppedEarly), outcomes.Sum(o => (long)o.Result.Evaluations));

    /// <summary><paramref name="fit"/> with the stopped starts and evaluations recorded.</summary>
    public ModelFit Record(ModelFit fit) => fit with { StoppedStarts = Stopped, SearchEvaluations = Evaluations };
}
