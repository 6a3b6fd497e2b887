namespace ScalingLaws.Downstream;

/// <summary>
/// The size protocol: fit the rows of models up to <paramref name="MaxFittedParams"/> past the early cut, and predict the
/// final checkpoint of every larger run against the final score of the largest fitted model of its family.
/// </summary>
public sealed record SizeSplit(double MaxFittedParams, double MinTokens) : DownstreamSplit(MinTokens)
{
    /// <inheritdoc/>
    public override string BaselineName => "largest fitted model";

    /// <inheritdoc/>
    public override TaskScores Fitted(TaskScores task) => task.Where(Fits);

    /// <summary>Whether a row is fitted: a model up to <see cref="MaxFittedParams"/>, past the early cut.</summary>
    public bool Fits(TaskRow row) => row.Params <= MaxFittedParams && row.Tokens >= MinTokens;

    /// <inheritdoc/>
    public override IReadOnlyList<TaskRow> Targets(TaskScores task) => FinalCheckpoints(task.Rows.Where(r => r.Params > MaxFittedParams));

    /// <inheritdoc/>
    public override double Baseline(TaskScores task, TaskRow target)
    {
        var fitted = task.Rows.Where(r => r.Params <= MaxFittedParams && r.Family == target.Family).ToList();
        var largest = fitted.Max(r => r.Params);
        return fitted.Where(r => r.Params == largest).MaxBy(r => r.Tokens).Score;
    }
}
