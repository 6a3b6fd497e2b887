namespace ScalingLaws.Downstream;

/// <summary>
/// How a downstream backtest splits a task: fit the rows of models up to <paramref name="MaxFittedParams"/> trained on at
/// least <paramref name="MinTokens"/> tokens (past the early cut), and predict the final checkpoint of every larger run.
/// </summary>
public sealed record DownstreamSplit(double MaxFittedParams, double MinTokens)
{
    public bool IsFitted(TaskRow row) => row.Params <= MaxFittedParams && row.Tokens >= MinTokens;

    /// <summary>The last checkpoint of each run larger than the fitted ones.</summary>
    public IReadOnlyList<TaskRow> Targets(TaskScores task) =>
        [.. task.Rows.Where(r => r.Params > MaxFittedParams).GroupBy(r => (r.Run, r.Family, r.Params)).Select(g => g.MaxBy(r => r.Tokens)).OrderBy(r => r.Params).ThenBy(r => r.Run)];

    /// <summary>The trivial prediction for a target: the final score of the largest fitted model of its family.</summary>
    public double Baseline(TaskScores task, TaskRow target)
    {
        var fitted = task.Rows.Where(r => r.Params <= MaxFittedParams && r.Family == target.Family).ToList();
        var largest = fitted.Max(r => r.Params);
        return fitted.Where(r => r.Params == largest).MaxBy(r => r.Tokens).Score;
    }
}
