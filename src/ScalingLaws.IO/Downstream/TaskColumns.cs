using System.Collections.Immutable;
using ScalingLaws.Downstream;
using ScalingLaws.IO.Selection;

namespace ScalingLaws.IO.Downstream;

/// <summary>
/// One task's scores out of a table, long or wide:
/// <list type="bullet">
/// <item>long: columns <c>task</c>, <c>value</c> and optionally <c>metric</c>, <c>chance</c>, <c>stderr</c>, one row per
/// (run, checkpoint, task, metric), as the lm-evaluation-harness results flatten;</item>
/// <item>wide: one column per task (<c>piqa</c> or <c>piqa_acc</c>), with <c>piqa_chance</c> (or a <c>chance</c> column, or
/// the request's chance) and optionally <c>piqa_stderr</c>.</item>
/// </list>
/// A perplexity used as the loss (a metric or column called <c>ppl</c> or <c>perplexity</c>) is taken as log2, in bits,
/// as the <c>pythia</c> dataset's loss is.
/// </summary>
public static class TaskColumns
{
    private const string Task = "task", Metric = "metric", Value = "value", Chance = "chance", StandardError = "stderr";

    /// <summary>Whether the table is in long format: one row per task and metric, with task and value columns.</summary>
    public static bool IsLong(ObservationTable table) => Find(table, Task) is not null && Find(table, Value) is not null;

    /// <summary>
    /// The tasks that have the metric: in a long table every task with rows of it; in a wide one every column with a
    /// chance column beside it or, given one chance level for all (<paramref name="chanceGiven"/>), every other column of
    /// fractions in [0, 1] (standard-error columns aside); a wide table's in name order.
    /// </summary>
    public static IReadOnlyList<string> Tasks(ObservationTable table, string metric, bool chanceGiven = false)
    {
        if (IsLong(table))
            return [.. Enumerable.Range(0, table.Count).Where(i => MetricOf(table, i).Equals(metric, StringComparison.OrdinalIgnoreCase)).Select(i => Cell(table, Task, i)).Distinct(StringComparer.OrdinalIgnoreCase)];
        var withChance = table.Extra.Keys.Where(k => k.EndsWith("_" + Chance, StringComparison.OrdinalIgnoreCase)).Select(k => k[..^(Chance.Length + 1)]).Where(t => WideColumn(table, t, metric) is not null).Order(StringComparer.Ordinal).ToList();
        List<string> wide = withChance.Count > 0 || !chanceGiven
            ? withChance
            : [.. table.Extra.Keys.Where(k => !k.EndsWith("_" + StandardError, StringComparison.OrdinalIgnoreCase) && !k.Equals(Chance, StringComparison.OrdinalIgnoreCase) && IsFractions(table.Extra[k])).Order(StringComparer.Ordinal)];
        if (wide.Count > 0)
            RequireNoTaskColumn(table);
        else if (chanceGiven && withChance.Count == 0)
            RefusePercentages(table);
        return wide;
    }

    // Scores in percent fail the fractions test column by column, which left "no task has 'acc' scores; pick another
    // --metric": the columns of numbers in [0, 100] above 1 somewhere are named instead, as one task's percent scores are.
    private static void RefusePercentages(ObservationTable table)
    {
        var percent = table.Extra.Keys.Where(k => !k.EndsWith("_" + StandardError, StringComparison.OrdinalIgnoreCase) && IsPercentages(table.Extra[k])).Order(StringComparer.Ordinal).ToList();
        if (percent.Count > 0)
            throw new ScalingLawsException($"{table.Source}: columns {string.Join(", ", percent.Select(c => $"'{c}'"))} hold scores between 1 and 100, percentages; " +
                "give accuracies as fractions (0.62, not 62).");
    }

    private static bool IsPercentages(IEnumerable<string> cells)
    {
        var values = cells.Where(c => c.Trim().Length > 0).Select(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
        return values.Count > 0 && values.All(v => v is >= 0 and <= 100) && values.Any(v => v > 1);
    }

    // A task column says the table is long; without a value column it was read as wide, its score column ('acc') as a task
    // of its own that pooled every task's rows.
    private static void RequireNoTaskColumn(ObservationTable table)
    {
        if (Find(table, Task) is { } task)
            throw new ScalingLawsException($"{table.Source}: column '{task}' names each row's task, but there is no '{Value}' column for its score: a long table (one row per task) gives the score in '{Value}' " +
                $"and its metric in '{Metric}' (acc when there is none); rename the score column to '{Value}', or give one column per task (piqa, piqa_chance, …).");
    }

    private static bool IsFractions(IEnumerable<string> cells) =>
        cells.Where(c => c.Trim().Length > 0).ToList() is { Count: > 0 } filled
        && filled.All(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && v <= 1);

    /// <summary>Every task's scores of the metric (<see cref="Tasks"/>, each <see cref="Extract"/>ed); none when the table has no task columns.</summary>
    /// <exception cref="ScalingLawsException">A task's scores cannot be read (see <see cref="Extract"/>).</exception>
    public static IReadOnlyList<TaskScores> All(ObservationTable table, string metric) =>
        [.. Tasks(table, metric).Select(name => Extract(table, name, new TaskRequest(metric)))];

    /// <exception cref="ScalingLawsException">The task or metric is not in the table, a score is not a number in [0, 1], or the chance level is unknown.</exception>
    public static TaskScores Extract(ObservationTable table, string task, TaskRequest request)
    {
        var (rows, scoreColumn, errorColumn, chanceColumn) = IsLong(table) ? LongRows(table, task, request.Metric) : WideRows(table, task, request.Metric);
        var chance = request.Chance ?? ChanceOf(table, task, rows, chanceColumn);
        var (losses, lossName) = Losses(table, rows, request.LossColumn);
        if (request.LossColumn is null && lossName is not null)
            lossName = request.TableLoss ?? lossName;
        var scores = rows.Select((i, n) => new TaskRow(
            table[i].Params, table[i].Tokens, losses[n], Number(table, scoreColumn, i, required: true), Number(table, errorColumn, i, required: false),
            table[i].Model ?? table[i].Family, table[i].Step, table[i].SourceRow, table[i].Family));
        return new TaskScores(table.Source, task, request.Metric, chance, [.. scores], lossName, request.Questions);
    }

    private static (int[] Rows, string Score, string? Error, string? Chance) LongRows(ObservationTable table, string task, string metric)
    {
        var tasks = Enumerable.Range(0, table.Count).Select(i => Cell(table, Task, i)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var ofTask = Enumerable.Range(0, table.Count).Where(i => Cell(table, Task, i).Equals(task.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
        if (ofTask.Length == 0)
            throw new ScalingLawsException($"{table.Source}: task '{task}' is not in the file{EditDistance.DidYouMean(task.Trim(), tasks)}; its tasks are {Listing.Some(tasks)}.");
        var rows = ofTask.Where(i => MetricOf(table, i).Equals(metric, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (rows.Length == 0)
            throw new ScalingLawsException($"{table.Source}: task '{task}' has no '{metric}' rows; its metrics are {string.Join(", ", ofTask.Select(i => MetricOf(table, i)).Distinct())}.");
        return (rows, Find(table, Value)!, Find(table, StandardError), Find(table, Chance));
    }

    private static (int[] Rows, string Score, string? Error, string? Chance) WideRows(ObservationTable table, string task, string metric)
    {
        RequireNoTaskColumn(table);
        var column = WideColumn(table, task.Trim(), metric)
            ?? throw new ScalingLawsException($"{table.Source}: task '{task}' is not in the file (no column '{task}' or '{task}_{metric}'){EditDistance.DidYouMean(task.Trim(), table.Extra.Keys)}; {OtherColumns(table)}.");
        var error = Find(table, column + "_" + StandardError) ?? Find(table, task + "_" + StandardError);
        var chance = Find(table, task + "_" + Chance) ?? Find(table, Chance);
        return ([.. Enumerable.Range(0, table.Count).Where(i => Cell(table, column, i).Trim().Length > 0)], column, error, chance);
    }

    private static string? WideColumn(ObservationTable table, string task, string metric) => Find(table, task + "_" + metric) ?? Find(table, task);

    private static double ChanceOf(ObservationTable table, string task, int[] rows, string? column)
    {
        var values = column is null ? [] : rows.Select(i => Number(table, column, i, required: false)).Where(double.IsFinite).Distinct().ToList();
        return values.Count switch
        {
            1 => values[0],
            0 => throw new ScalingLawsException($"{table.Source}: task '{task}' has no chance level; add a chance column (0.25 for four choices, 0 for free text) or give --chance."),
            _ => throw new ScalingLawsException($"{table.Source}: task '{task}' has {values.Count} different chance levels ({string.Join(", ", values.Select(Text))}); one task has one chance level: fix the column or give --chance."),
        };
    }

    // Each row's loss and what it is: the named column, a long table's TASK:METRIC rows of the same checkpoint, or the table's loss column.
    private static (double[] Losses, string? Name) Losses(ObservationTable table, int[] rows, string? column)
    {
        if (column is null)
            return ([.. rows.Select(i => table[i].Loss)], rows.Any(i => double.IsFinite(table[i].Loss)) ? "loss" : null);
        if (IsLong(table) && column.Split(':') is [var task, var metric] && Find(table, column) is null)
            return FromRows(table, rows, task.Trim(), metric.Trim());
        var name = Find(table, column);
        if (name is null && FieldNames.IsAlias(Field.Loss, column) && rows.Any(i => double.IsFinite(table[i].Loss)))
            return ([.. rows.Select(i => table[i].Loss)], column);
        if (name is null)
            throw new ScalingLawsException($"{table.Source}: no loss column '{column}'{EditDistance.DidYouMean(column, table.Extra.Keys)}; {OtherColumns(table)}{(IsLong(table) ? ", or name rows as TASK:METRIC, e.g. lambada_openai:ppl" : "")}.");
        var perplexity = IsPerplexity(column);
        return ([.. rows.Select(i => Number(table, name, i, required: false)).Select(v => perplexity ? Math.Log2(v) : v)], perplexity ? $"log2({column})" : column);
    }

    private static (double[] Losses, string? Name) FromRows(ObservationTable table, int[] rows, string task, string metric)
    {
        var byCheckpoint = new Dictionary<(string?, string?, double, double, double), double>();
        for (var i = 0; i < table.Count; i++)
        {
            if (Cell(table, Task, i).Equals(task, StringComparison.OrdinalIgnoreCase) && MetricOf(table, i).Equals(metric, StringComparison.OrdinalIgnoreCase))
                byCheckpoint[Key(table[i])] = Number(table, Find(table, Value)!, i, required: true);
        }
        if (byCheckpoint.Count == 0)
            throw new ScalingLawsException($"{table.Source}: no '{task}:{metric}' rows to take the loss from; name a task and metric of the file, e.g. lambada_openai:ppl.");
        var perplexity = IsPerplexity(metric);
        var losses = rows.Select(i => byCheckpoint.TryGetValue(Key(table[i]), out var v) ? (perplexity ? Math.Log2(v) : v) : double.NaN).ToArray();
        return (losses, perplexity ? $"log2({task} {metric})" : $"{task} {metric}");
    }

    private static (string?, string?, double, double, double) Key(Observation row) => (row.Model, row.Family, row.Step, row.Params, row.Tokens);

    private static bool IsPerplexity(string name) =>
        name.EndsWith("ppl", StringComparison.OrdinalIgnoreCase) || name.EndsWith("perplexity", StringComparison.OrdinalIgnoreCase);

    private static string MetricOf(ObservationTable table, int i) => Find(table, Metric) is null ? "acc" : Cell(table, Metric, i).Trim();

    private static string? Find(ObservationTable table, string name) =>
        table.Extra.Keys.FirstOrDefault(k => string.Equals(k.Trim(), name, StringComparison.OrdinalIgnoreCase));

    private static string Cell(ObservationTable table, string name, int i) => Find(table, name) is { } column ? table.Extra[column][i] : "";

    private static double Number(ObservationTable table, string? column, int i, bool required)
    {
        var text = column is null ? "" : table.Extra[column][i].Trim();
        if (text.Length == 0 && !required)
            return double.NaN;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new DataFileException(table.Source, text.Length == 0 ? $"{column} is blank" : $"'{DataFileException.Shorten(text)}' is not a number", Quantity.Remedy(text, "fix or remove the row"), table[i].SourceRow, column);
    }

    private static string Text(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    // The columns beside the runs' own fields, where a task's scores would be; a table with none says so instead of listing nothing.
    private static string OtherColumns(ObservationTable table) => table.Extra.Count == 0
        ? "it has no columns beyond the runs' own (model, size, tokens, loss); add one per task's scores, e.g. hellaswag"
        : $"its columns are {Listing.Some([.. table.Extra.Keys])}";
}
