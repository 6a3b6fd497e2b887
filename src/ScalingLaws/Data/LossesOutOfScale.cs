namespace ScalingLaws.Data;

/// <summary>
/// Rows whose loss lies beyond what a language model's cross-entropy in nats can be, on one side: above it
/// (<see cref="PerplexityLikeLosses"/>) or below it (<see cref="VanishingLosses"/>). How many, and the most extreme row.
/// </summary>
/// <param name="Count">Rows whose loss lies beyond the bound.</param>
/// <param name="Rows">Rows in the table.</param>
/// <param name="Extreme">The row furthest beyond it: the largest loss above, the smallest below.</param>
public sealed record LossesOutOfScale(int Count, int Rows, Observation Extreme)
{
    /// <summary>The rows of <paramref name="table"/> above <paramref name="bound"/> (or below it), or null when there are none.</summary>
    internal static LossesOutOfScale? Find(ObservationTable table, double bound, bool above)
    {
        var beyond = table.Rows.Where(r => above ? r.Loss > bound : r.Loss < bound).ToList();
        return beyond.Count == 0 ? null
            : new LossesOutOfScale(beyond.Count, table.Count, above ? beyond.MaxBy(r => r.Loss)! : beyond.MinBy(r => r.Loss)!);
    }
}
