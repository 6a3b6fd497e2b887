namespace ScalingLaws.Downstream;

/// <summary>
/// The temporal protocol: fit every run's checkpoints past the early cut up to <see cref="FitFraction"/> of its final
/// tokens, and predict each run's final score against its last fitted checkpoint's score.
/// </summary>
public sealed record CheckpointSplit : DownstreamSplit
{
    /// <summary>Fit checkpoints from <paramref name="minTokens"/> up to <paramref name="fitFraction"/> of each run's final tokens.</summary>
    public CheckpointSplit(double fitFraction, double minTokens) : base(minTokens)
    {
        FitFraction = fitFraction > 0 && fitFraction < 1
            ? fitFraction
            : throw new ScalingLawsException($"{Setting.FitFraction} {fitFraction}: the fitted share of a run must be above 0 and below 1, e.g. 0.5.");
    }

    /// <summary>The fitted share of each run's final tokens, in (0, 1).</summary>
    public double FitFraction { get; }

    /// <inheritdoc/>
    public override string BaselineName => "last fitted checkpoint";

    /// <inheritdoc/>
    public override TaskScores Fitted(TaskScores task) => task.Where(FittedTest(task));

    /// <summary>The final checkpoint of every run with at least one fitted checkpoint.</summary>
    public override IReadOnlyList<TaskRow> Targets(TaskScores task)
    {
        var runs = task.Rows.Where(FittedTest(task)).Select(RunOf).ToHashSet();
        return FinalCheckpoints(task.Rows.Where(r => runs.Contains(RunOf(r))));
    }

    /// <inheritdoc/>
    public override double Baseline(TaskScores task, TaskRow target) =>
        task.Rows.Where(FittedTest(task)).Where(r => RunOf(r) == RunOf(target)).MaxBy(r => r.Tokens).Score;

    /// <summary>Whether a row is past the early cut and within the fitted fraction of its own run's final tokens.</summary>
    private Func<TaskRow, bool> FittedTest(TaskScores task)
    {
        var final = FinalCheckpoints(task.Rows).ToDictionary(RunOf, r => r.Tokens);
        return r => r.Tokens >= MinTokens && r.Tokens <= FitFraction * final[RunOf(r)];
    }
}
