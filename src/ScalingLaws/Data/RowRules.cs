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
        return kept.WithNote($"dropped {table.Count - kept.Count:N0} rows with fewer than {tokens:G3} tokens; {kept.Count:N0} remain");
    }
}
