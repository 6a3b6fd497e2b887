namespace ScalingLaws.IO.Curves;

/// <summary>
/// The CSV a Weights &amp; Biases chart panel exports: <c>Step</c>, then for each run a value column <c>NAME</c> beside
/// W&amp;B's grouping columns <c>NAME__MIN</c> and <c>NAME__MAX</c> (equal to it for an ungrouped run).
/// </summary>
internal static class WandbPanelExport
{
    /// <summary>The header of the run column of several runs read side by side (<see cref="SideBySide"/>).</summary>
    public const string RunHeader = "run";

    private const string Separator = " - ";

    /// <summary>The one run's value column of a panel export, or null when the headers are not one run's export.</summary>
    public static string? ValueColumn(IReadOnlyList<string> headers) => ValueColumns(headers) is [var value] ? value : null;

    /// <summary>Every value column of a panel export: each header with its <c>__MIN</c> and <c>__MAX</c> beside it.</summary>
    public static IReadOnlyList<string> ValueColumns(IReadOnlyList<string> headers) =>
        [.. headers.Where(h => headers.Contains(h + "__MIN") && headers.Contains(h + "__MAX"))];

    /// <summary>
    /// A panel of several runs, whose value columns are <c>RUN - METRIC</c> of one metric, as one long table: columns step,
    /// <see cref="RunHeader"/> and the metric, a row per run and step at which it logged the metric (blank cells are steps at
    /// which that run logged other metrics only); null when the columns are not one metric of several runs. The rows keep
    /// their numbers in the file.
    /// </summary>
    public static (RawTable Table, string Note)? SideBySide(RawTable raw, IReadOnlyList<string> values, string step)
    {
        var split = values.Select(v => v.IndexOf(Separator, StringComparison.Ordinal) is > 0 and var at ? (Run: v[..at], Metric: v[(at + Separator.Length)..]) : (Run: v, Metric: "")).ToList();
        if (values.Count < 2 || split.Select(s => s.Metric).Distinct().Count() > 1 || split[0].Metric.Length == 0 || split.Select(s => s.Run).Distinct().Count() < values.Count)
            return null;
        var (headers, stepColumn) = (raw.Headers.ToList(), raw.Headers.ToList().IndexOf(step));
        var columns = values.Select(v => headers.IndexOf(v)).ToList();
        var rows = raw.Rows.SelectMany(r => columns.Select((c, run) => (Row: r, Run: run, Cell: r.Cells[c])))
            .Where(x => !string.IsNullOrWhiteSpace(x.Cell))
            .Select(x => new RawRow(x.Row.Number, [x.Row.Cells[stepColumn], split[x.Run].Run, x.Cell])).ToList();
        var note = $"loss: '{split[0].Metric}' of {values.Count} runs side by side in a W&B panel export ({DataFileException.Quoted(split.Select(s => s.Run))}; " +
            "their __MIN and __MAX columns are W&B's grouping of runs), each run read from the rows at which it logged it";
        return (new RawTable([step, RunHeader, split[0].Metric], rows), note);
    }

    /// <summary>
    /// The rows at which the run logged <paramref name="value"/>, and a note of those left out: W&amp;B leaves the value blank at
    /// steps where the run logged other metrics only. A column blank on every row is refused.
    /// </summary>
    public static (RawTable Table, string? Note) Logged(RawTable raw, string value, string path)
    {
        var column = raw.Headers.ToList().IndexOf(value);
        var logged = raw.Rows.Where(r => !string.IsNullOrWhiteSpace(r.Cells[column])).ToList();
        if (logged.Count == 0)
            throw new DataFileException(path, $"the W&B panel export's value column '{value}' is blank on every row", "export the panel of the loss, or give the run folder");
        var unlogged = raw.Rows.Count - logged.Count;
        return unlogged == 0 ? (raw, null)
            : (raw with { Rows = logged }, $"left out {QuantityFormat.Counted(unlogged, "row")} with no '{value}' (first row {raw.Rows.First(r => string.IsNullOrWhiteSpace(r.Cells[column])).Number}): steps at which the run logged other metrics only");
    }
}
