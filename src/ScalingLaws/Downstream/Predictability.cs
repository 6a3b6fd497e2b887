namespace ScalingLaws.Downstream;

/// <summary>
/// Whether a task's fitted rows stand above chance, so that a law fitted to them says something about larger models.
/// A row stands above chance when its score exceeds c by <see cref="Sigmas"/> standard errors (one-sided p ≈ 0.001):
/// the row's reported standard error, else the binomial √(c(1 − c)/n) from the task's n questions, else the scatter of
/// the scores around the fitted law. The task is predictable when at least <see cref="RequiredRows"/> rows do (one stray
/// row is not a rise) and the fitted law itself rises that far above chance somewhere on the fitted rows.
/// </summary>
public static class Predictability
{
    /// <summary>How many scatter widths above chance the scores must rise.</summary>
    public const double Sigmas = 3;

    /// <summary>Rows that must rise that far.</summary>
    public const int RequiredRows = 3;

    /// <summary>Before any fit: every score at or below chance leaves nothing to fit.</summary>
    public static ChanceAtOrAboveScores? Floor(TaskScores task)
    {
        var best = task.Rows.Max(r => r.Score);
        return best <= task.Chance ? new ChanceAtOrAboveScores(task.Chance, best) : null;
    }

    /// <summary>Before any fit: one score on every row leaves no rise to fit.</summary>
    public static FlatScores? Flat(TaskScores task) =>
        task.Rows.All(r => r.Score == task.Rows[0].Score) ? new FlatScores(task.Rows[0].Score) : null;

    /// <summary>Before any fit: why there is nothing to fit (<see cref="Floor"/>, then <see cref="Flat"/>), or null.</summary>
    public static TaskVerdict? Unfittable(TaskScores task) => (TaskVerdict?)Floor(task) ?? Flat(task);

    /// <summary>The verdict on a fitted task: null when it is predictable.</summary>
    /// <param name="fitted">The law's accuracy at each row.</param>
    /// <param name="scatter">The scores' residual standard deviation around the law.</param>
    public static TaskVerdict? Judge(TaskScores task, IReadOnlyList<double> fitted, double scatter)
    {
        if (Floor(task) is { } floor)
            return floor;
        var noise = SourceOf(task);
        var sigmas = task.Rows.Select(r => Sigma(task, r, noise, scatter)).ToArray();
        var above = task.Rows.Where((r, i) => r.Score - task.Chance >= Sigmas * sigmas[i]).Count();
        var typical = sigmas.Order().ElementAt(sigmas.Length / 2);
        var rise = (fitted.Max() - task.Chance) / typical;
        return above >= RequiredRows && rise >= Sigmas ? null : new AtChance(above, RequiredRows, task.Count, rise, noise);
    }

    /// <summary>Reported errors when every row has one, else the binomial bound when the question count is known, else the fit's scatter.</summary>
    public static NoiseSource SourceOf(TaskScores task) =>
        task.Rows.All(r => r.StandardError > 0) ? NoiseSource.ReportedStandardError
        : task.Questions is > 0 ? NoiseSource.Binomial
        : NoiseSource.FitScatter;

    private static double Sigma(TaskScores task, TaskRow row, NoiseSource noise, double scatter) => noise switch
    {
        NoiseSource.ReportedStandardError => row.StandardError,
        NoiseSource.Binomial => Math.Sqrt(Math.Max(task.Chance * (1 - task.Chance), 1e-4) / task.Questions!.Value),
        _ => scatter,
    };
}
