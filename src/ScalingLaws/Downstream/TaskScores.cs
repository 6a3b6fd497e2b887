using System.Globalization;

namespace ScalingLaws.Downstream;

/// <summary>
/// One task's scores on one metric across runs and checkpoints, with the task's chance level (the accuracy of random
/// guessing) and, when known, its number of questions. <see cref="LossName"/> says what the rows' loss is (null when
/// the table gives none, so only the direct form applies).
/// </summary>
public sealed record TaskScores
{
    /// <summary>One task's scores; scores must be in [0, 1], standard errors not negative and the chance level in [0, 1).</summary>
    public TaskScores(string source, string task, string metric, double chance, ImmutableArray<TaskRow> rows, string? lossName = null, int? questions = null)
    {
        if (rows.IsEmpty)
            throw new ScalingLawsException($"{source}: task '{task}' ({metric}) has no rows.");
        if (!(chance >= 0 && chance < 1))
            throw new ScalingLawsException($"{source}: task '{task}' has chance level {Text(chance)}; a chance level is an accuracy in [0, 1), e.g. 0.25 for four choices.");
        foreach (var row in rows)
        {
            if (!(row.Score >= 0 && row.Score <= 1))
                throw new ScalingLawsException($"{source}, row {row.SourceRow}: task '{task}' {metric} is {Text(row.Score)}, outside [0, 1]; give accuracies as fractions (0.62, not 62).");
            if (row.StandardError < 0)
                throw new ScalingLawsException($"{source}, row {row.SourceRow}: task '{task}' has standard error {Text(row.StandardError)}, below 0, which no standard error is; fix the stderr column or leave it blank.");
        }
        (Source, Task, Metric, Chance, Rows, LossName, Questions) = (source, task, metric, chance, rows, lossName, questions);
    }

    /// <summary>Where the scores come from, for messages.</summary>
    public string Source { get; }

    /// <summary>The task, e.g. <c>piqa</c>.</summary>
    public string Task { get; }

    /// <summary>The metric, e.g. <c>acc</c>.</summary>
    public string Metric { get; }

    /// <summary>The accuracy of random guessing, in [0, 1).</summary>
    public double Chance { get; }

    /// <summary>The rows.</summary>
    public ImmutableArray<TaskRow> Rows { get; }

    /// <summary>What the rows' loss is, or null when the table gives none.</summary>
    public string? LossName { get; }

    /// <summary>The task's number of questions, when known.</summary>
    public int? Questions { get; }

    /// <summary>How many rows.</summary>
    public int Count => Rows.Length;

    /// <summary>Whether every row has a finite, positive loss (the two-step forms need one).</summary>
    public bool HasLoss => Rows.All(r => double.IsFinite(r.Loss) && r.Loss > 0);

    /// <summary>The rows <paramref name="keep"/> accepts, as a task of their own.</summary>
    public TaskScores Where(Func<TaskRow, bool> keep) =>
        new(Source, Task, Metric, Chance, [.. Rows.Where(keep)], LossName, Questions);

    /// <summary>The input of <paramref name="input"/> at every row.</summary>
    public double[] Inputs(AccuracyInput input) => [.. Rows.Select(r => input == AccuracyInput.Loss ? r.Loss : r.Compute)];

    /// <summary>Every row's score.</summary>
    public double[] Scores => [.. Rows.Select(r => r.Score)];

    private static string Text(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
