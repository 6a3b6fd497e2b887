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
    /// <summary>
    /// Whether the rows beyond the bound are a few among many within it (at most one in <see cref="FewShare"/>): outliers
    /// (a loss spike, a row logged wrong) that pull the fit, not a column in another unit such as perplexity.
    /// </summary>
    public bool AreFew => AreFewOf(Count, Rows);

    /// <summary>Rows beyond the bound are few when they are at most one in this many.</summary>
    public const int FewShare = 4;

    /// <summary><see cref="AreFew"/> for <paramref name="count"/> values beyond the bound among <paramref name="rows"/>.</summary>
    public static bool AreFewOf(int count, int rows) => count > 0 && count * FewShare <= rows;

    /// <summary>The rows of <paramref name="table"/> above <paramref name="bound"/> (or below it), or null when there are none.</summary>
    internal static LossesOutOfScale? Find(ObservationTable table, double bound, bool above)
    {
        var beyond = table.Rows.Where(r => above ? r.Loss > bound : r.Loss < bound).ToList();
        return beyond.Count == 0 ? null
            : new LossesOutOfScale(beyond.Count, table.Count, above ? beyond.MaxBy(r => r.Loss)! : beyond.MinBy(r => r.Loss)!);
    }
}
