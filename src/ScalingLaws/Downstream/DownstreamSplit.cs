namespace ScalingLaws.Downstream;

/// <summary>
/// How a downstream backtest splits a task into fitted rows (trained on at least <paramref name="MinTokens"/> tokens, past
/// the early cut) and held-out final scores, and what the trivial baseline predicts for each held-out score.
/// </summary>
public abstract record DownstreamSplit(double MinTokens)
{
    /// <summary>The rows the laws are fitted to.</summary>
    public abstract TaskScores Fitted(TaskScores task);

    /// <summary>The final checkpoints to predict.</summary>
    public abstract IReadOnlyList<TaskRow> Targets(TaskScores task);

    /// <summary>The trivial prediction for a target.</summary>
    public abstract double Baseline(TaskScores task, TaskRow target);

    /// <summary>What the baseline is, as the backtest names the method.</summary>
    public abstract string BaselineName { get; }

    /// <summary>The last checkpoint of each run among <paramref name="rows"/>, smallest run first.</summary>
    protected static IReadOnlyList<TaskRow> FinalCheckpoints(IEnumerable<TaskRow> rows) =>
        [.. rows.GroupBy(RunOf).Select(g => g.MaxBy(r => r.Tokens)).OrderBy(r => r.Params).ThenBy(r => r.Run)];

    /// <summary>A run is one size of one family under one name.</summary>
    protected static (string? Run, string? Family, double Params) RunOf(TaskRow row) => (row.Run, row.Family, row.Params);
}
