namespace ScalingLaws.Temporal;

/// <summary>
/// Xiong et al. (2024)'s second finding, checked on a run: whether positions learn uniformly, i.e.
/// whether the relative loss reduction between checkpoints is about the same at every position even
/// though the losses themselves differ several-fold. Measured over the whole run and over its
/// quarters (milestones at 0, 25, 50, 75 and 100% of the checkpoints).
/// </summary>
/// <param name="Overall">First to last checkpoint; null for a run with one checkpoint.</param>
public sealed record UniformLearning(LearningInterval? Overall, ImmutableArray<LearningInterval> Quarters)
{
    /// <summary>Measures uniform learning on <paramref name="run"/>: overall and per quarter.</summary>
    public static UniformLearning Of(PositionLosses run)
    {
        if (run.Count < 2)
            return new UniformLearning(null, []);
        var milestones = Enumerable.Range(0, 5).Select(q => (int)Math.Round(q * (run.Count - 1) / 4.0)).Distinct().ToArray();
        var quarters = milestones.Zip(milestones.Skip(1), (a, b) => LearningInterval.Between(run[a], run[b]));
        return new UniformLearning(LearningInterval.Between(run[0], run[run.Count - 1]), [.. quarters]);
    }
}
