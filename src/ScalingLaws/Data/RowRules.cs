namespace ScalingLaws.Data;

/// <summary>Rules that drop rows before a fit, each leaving a note of what it dropped.</summary>
public static class RowRules
{
    /// <summary>
    /// Drops the <paramref name="count"/> highest-loss rows the way Epoch's replication does:
    /// keep rows with loss strictly below the count-th highest loss (ties at that value go too).
    /// </summary>
    public static ObservationTable DropHighestLoss(ObservationTable table, int count)
    {
        if (count <= 0)
            return table;
        if (count >= table.Count)
            throw new ScalingLawsException($"{Setting.DropHighestLoss} {count} would drop all {table.Count:N0} rows; use a smaller number.");
        // A row without a loss (a row to predict) is never among the highest.
        var losses = table.Rows.Select(r => r.Loss).Where(double.IsFinite).OrderByDescending(l => l).ToList();
        if (count >= losses.Count)
            throw new ScalingLawsException($"{Setting.DropHighestLoss} {count} would drop all {losses.Count:N0} rows with a loss; use a smaller number.");
        var threshold = losses[count - 1];
        var kept = table.Where(r => !(r.Loss >= threshold));
        return kept.WithNote($"dropped the {table.Count - kept.Count:N0} highest-loss rows (loss ≥ {threshold:G4}); {kept.Count:N0} remain");
    }

    /// <summary>Keeps rows trained on at least <paramref name="tokens"/> tokens.</summary>
    public static ObservationTable MinTokens(ObservationTable table, double tokens)
    {
        var kept = table.Where(r => r.Tokens >= tokens);
        // G3 wrote 10B as "1E+10" and 1 row as "1 rows".
        return kept.WithNote($"dropped {QuantityFormat.CountedGrouped(table.Count - kept.Count, "row")} with fewer than {QuantityFormat.Count(tokens)} tokens; {kept.Count:N0} remain");
    }

    /// <summary>
    /// Keeps each run's last checkpoint, runs as <see cref="RunIndex"/> recognises them: a law of finished runs from a
    /// table of checkpoints. The last is the row furthest into training (most tokens, then compute, then step: tokens
    /// rounded alike at two checkpoints are told apart by their steps); of equal ones, the last listed. The rows keep their order.
    /// </summary>
    public static ObservationTable FinalCheckpoints(ObservationTable table)
    {
        var runs = RunIndex.Of(table);
        if (!runs.HasCheckpoints)
            return table.WithNote($"each of the {table.Count:N0} rows is a run of its own, so all are final");
        var last = new int[runs.Count];
        Array.Fill(last, -1);
        for (var i = 0; i < table.Count; i++)
        {
            var run = runs.RunOf[i];
            if (last[run] < 0 || Progress(table[i], table[last[run]]) >= 0)
                last[run] = i;
        }
        var kept = last.Order().ToArray();
        // Runs told apart only by rising tokens may be separate runs of a sweep listed by N, then D: the note says so, since these rows are gone.
        var guessed = runs.Grouping == RunGrouping.ConsecutiveTokens
            ? " (runs told apart only by consecutive rows of one N at rising tokens, as a sweep of final values listed by N, then D also is)"
            : "";
        return table.Select(kept, $"kept each run's last checkpoint: {kept.Length:N0} of {table.Count:N0} rows{guessed}");
    }

    // Whether a row is further into training than another (> 0), by tokens, then compute, then step, each where both give
    // it; 0 when nothing tells them apart, and row order decides. Before, equal tokens went to the row listed last, even a step back.
    private static int Progress(Observation row, Observation other)
    {
        foreach (var (a, b) in new[] { (row.Tokens, other.Tokens), (row.Flops, other.Flops), (row.Step, other.Step) })
        {
            if (double.IsFinite(a) && double.IsFinite(b) && a != b)
                return a.CompareTo(b);
        }
        return 0;
    }
}
