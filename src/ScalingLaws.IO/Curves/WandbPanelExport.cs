namespace ScalingLaws.IO.Curves;

/// <summary>
/// The CSV a Weights &amp; Biases chart panel exports: <c>Step</c>, then for each run a value column <c>NAME</c> beside
/// W&amp;B's grouping columns <c>NAME__MIN</c> and <c>NAME__MAX</c> (equal to it for an ungrouped run).
/// </summary>
internal static class WandbPanelExport
{
    /// <summary>The one run's value column of a panel export, or null when the headers are not one run's export.</summary>
    public static string? ValueColumn(IReadOnlyList<string> headers)
    {
        var values = headers.Where(h => headers.Contains(h + "__MIN") && headers.Contains(h + "__MAX")).ToList();
        return values.Count == 1 ? values[0] : null;
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
