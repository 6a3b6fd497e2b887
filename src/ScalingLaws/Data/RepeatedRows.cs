namespace ScalingLaws.Data;

/// <summary>
/// Rows that say the same thing twice, which a fit counts as more evidence than there is: a row identical to an earlier
/// one in every field and run-describing column (a block pasted twice, a file appended to itself), and a checkpoint of
/// one run listed again with another loss (a resumed run logs the steps since its last save a second time); and, read as
/// separate runs, a point (N, D) given again with another loss and nothing that tells the two apart, which may be a rerun
/// or a mistake. Rows of the same N and D that differ in a label or a run column (a seed) are separate runs, and are not repeats.
/// </summary>
/// <param name="Identical">Rows identical to an earlier row, or null when there are none.</param>
/// <param name="Relogged">Rows that give another loss for a checkpoint (run, tokens, step) listed before, or null.</param>
/// <param name="Unmarked">Rows of another run that give another loss at the N, D and step of an earlier row, with the same
/// label and other columns (nothing tells the runs apart), or null.</param>
public sealed record RepeatedRows(RowRepeat? Identical, RowRepeat? Relogged, RowRepeat? Unmarked)
{
    /// <summary>The repeats in <paramref name="table"/>, whose runs are <paramref name="runs"/>; null when no row repeats another.</summary>
    public static RepeatedRows? Find(ObservationTable table, RunIndex runs)
    {
        var columns = RunIndex.RunDescribing(table);
        var rows = new Dictionary<(Observation, string), int>();
        var checkpoints = new Dictionary<(int, double, double), int>();
        // Any other column (an 'lr' of a sweep, a note) may tell two runs at one point apart, not only the run columns.
        var extra = table.Extra.Values.ToArray();
        var points = new Dictionary<(double, double, double, string?, string?, string), int>();
        var identical = new Tally();
        var relogged = new Tally();
        var unmarked = new Tally();
        for (var i = 0; i < table.Count; i++)
        {
            var row = table[i];
            var described = columns.Length == 0 ? "" : string.Join('\u001f', columns.Select(c => c[i]));
            if (!rows.TryAdd((row with { SourceRow = 0 }, described), i))
            {
                identical.Add(i, rows[(row with { SourceRow = 0 }, described)]);
                continue;
            }
            var checkpoint = (runs.RunOf[i], row.Tokens, row.Step);
            var point = (row.Params, row.Tokens, row.Step, row.Model, row.Family, extra.Length == 0 ? "" : string.Join('\u001f', extra.Select(c => c[i])));
            if (!checkpoints.TryAdd(checkpoint, i))
                relogged.Add(i, checkpoints[checkpoint]);
            else if (!points.TryAdd(point, i))
                unmarked.Add(i, points[point]);
        }
        return identical.Count + relogged.Count + unmarked.Count == 0
            ? null
            : new RepeatedRows(identical.Repeat(table), relogged.Repeat(table), unmarked.Repeat(table));
    }

    // How many rows repeat, and the first pair.
    private sealed class Tally
    {
        private (int Row, int Earlier)? first;

        public int Count { get; private set; }

        public void Add(int row, int earlier)
        {
            first ??= (row, earlier);
            Count++;
        }

        public RowRepeat? Repeat(ObservationTable table) =>
            first is { } pair ? new RowRepeat(Count, table[pair.Row], table[pair.Earlier]) : null;
    }
}
