using ScalingLaws.Downstream;

namespace ScalingLaws.Analysis;

/// <summary>One task of the report's table: its scores, the law fitted to them (null when every score is at or below chance) and the verdict.</summary>
/// <param name="Task">The task's scores.</param>
/// <param name="Fit">The accuracy law fitted to them; null when every score is at or below chance.</param>
/// <param name="Verdict">Whether the task is predictable from the loss or compute.</param>
public sealed record DownstreamTask(TaskScores Task, AccuracyFit? Fit, TaskVerdict? Verdict);

/// <summary>
/// The report's benchmark-accuracy analysis, for tables with task columns (long, or wide with TASK_chance columns): every
/// task's <c>acc</c> fitted with the exponential law of loss (the form that backtested best on Pythia) when the rows have a loss, else the direct law of compute.
/// The scores are read by the caller (<see cref="ReportSettings.Tasks"/>: the IO library knows the columns).
/// </summary>
public static class DownstreamTasks
{
    /// <summary>The metric the report fits, accuracy.</summary>
    public const string Metric = "acc";

    /// <summary>
    /// No tasks, and a note that says the table was not read for them (no <see cref="ReportSettings.Tasks"/>), rather
    /// than that it has no task columns: a library caller who leaves the reader out learns why the section is empty.
    /// </summary>
    internal static (IReadOnlyList<DownstreamTask> Tasks, string? Note) NotRead { get; } =
        ([], "No benchmark-accuracy analysis: no task reader was given (ReportSettings.Tasks), so the table was not read for task columns.");

    /// <summary>The tasks, or none with a note saying why.</summary>
    /// <param name="table">The rows, with their task columns.</param>
    /// <param name="read">Reads every task's scores of a metric out of the table; none when it has no task columns.</param>
    /// <param name="cancellation">Stops the fits.</param>
    public static (IReadOnlyList<DownstreamTask> Tasks, string? Note) Run(
        ObservationTable table, Func<ObservationTable, string, IReadOnlyList<TaskScores>> read, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            var tasks = read(table, Metric);
            if (tasks.Count == 0)
                return ([], "No benchmark scores: the table has no task columns (a long table's task and value columns, or a wide one's TASK_chance columns).");
            return ([.. tasks.Select(task => Fit(task, cancellation))], null);
        }
        catch (ScalingLawsException e)
        {
            return ([], $"No benchmark-accuracy analysis: {e.Message}");
        }
    }

    private static DownstreamTask Fit(TaskScores task, CancellationToken cancellation)
    {
        if (Predictability.Unfittable(task) is { } verdict)
            return new DownstreamTask(task, null, verdict);
        var law = task.HasLoss ? (AccuracyLaw)ExponentialErrorLaw.Instance : DirectComputeLaw.Instance;
        var fit = new AccuracyFitter(law).Fit(task, cancellation);
        return new DownstreamTask(task, fit, fit.Verdict);
    }
}
