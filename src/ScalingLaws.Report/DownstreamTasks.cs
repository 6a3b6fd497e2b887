using ScalingLaws.Downstream;
using ScalingLaws.IO.Downstream;

namespace ScalingLaws.Report;

/// <summary>One task of the report's table: its scores, the law fitted to them (null when every score is at or below chance) and the verdict.</summary>
public sealed record DownstreamTask(TaskScores Task, AccuracyFit? Fit, TaskVerdict? Verdict);

/// <summary>
/// The report's benchmark-accuracy analysis, for tables with task columns (long, or wide with TASK_chance columns): every
/// task's <c>acc</c> fitted with the exponential law of loss (the form that backtested best on Pythia) when the rows have a loss, else the direct law of compute.
/// </summary>
public static class DownstreamTasks
{
    public const string Metric = "acc";

    /// <summary>The tasks, or none with a note saying why.</summary>
    public static (IReadOnlyList<DownstreamTask> Tasks, string? Note) Run(ObservationTable table, CancellationToken cancellation = default)
    {
        var names = TaskColumns.Tasks(table, Metric);
        if (names.Count == 0)
            return ([], "No benchmark scores: the table has no task columns (a long table's task and value columns, or a wide one's TASK_chance columns).");
        try
        {
            return ([.. names.Select(name => Fit(TaskColumns.Extract(table, name, new TaskRequest(Metric)), cancellation))], null);
        }
        catch (ScalingLawsException e)
        {
            return ([], $"No benchmark-accuracy analysis: {e.Message}");
        }
    }

    private static DownstreamTask Fit(TaskScores task, CancellationToken cancellation)
    {
        if (Predictability.Floor(task) is { } floor)
            return new DownstreamTask(task, null, floor);
        var law = task.HasLoss ? (AccuracyLaw)ExponentialErrorLaw.Instance : DirectComputeLaw.Instance;
        var fit = new AccuracyFitter(law).Fit(task, cancellation);
        return new DownstreamTask(task, fit, fit.Verdict);
    }
}
