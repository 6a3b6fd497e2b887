namespace ScalingLaws.IO.Curves;

/// <summary>
/// A loss logged at fewer steps than the table has rows: an evaluation every k steps in a table of every step, as a tracker's
/// full history exports it, with the loss blank or NaN on the rows between. When most of a run's rows have no loss, those rows
/// are left out with a note; one missing loss among logged ones (a run gone wrong) is still refused where it is read.
/// </summary>
internal static class SparseLoss
{
    /// <summary>The run's rows that have a loss, and a note of those left out; the rows as they are when most have one, or none does.</summary>
    public static (List<RawRow> Rows, string? Note) Logged(string run, List<RawRow> rows, int loss)
    {
        var missing = rows.Where(r => Unlogged(r.Cells[loss])).ToList();
        if (2 * missing.Count <= rows.Count || missing.Count == rows.Count)
            return (rows, null);
        var note = $"left out {QuantityFormat.Counted(missing.Count, "row")} of {rows.Count:N0} of run '{run}' with no loss (blank or NaN; first row {missing[0].Number}): " +
            "the loss is logged at fewer steps than the table has rows, as an evaluation every so many steps is";
        return ([.. rows.Where(r => !Unlogged(r.Cells[loss]))], note);
    }

    private static bool Unlogged(string? cell) =>
        string.IsNullOrWhiteSpace(cell) || cell.Trim().Equals("NaN", StringComparison.OrdinalIgnoreCase);
}
