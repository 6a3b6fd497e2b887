namespace ScalingLaws.Data;

/// <summary>
/// A loss column that rises with scale, most likely a benchmark score or accuracy given as the loss: a larger model
/// trained on at least as many tokens reaches a lower loss, so among the pairs of rows where one row has at least the
/// other's params and tokens (and more of one), the larger row's loss is the lower one in nearly all. When it is the
/// higher one in at least <see cref="Share"/> of at least <see cref="MinimumPairs"/> pairs, the column is not a loss, and a
/// fit of it returns exponents of nonsense.
/// </summary>
/// <param name="Rising">Pairs in which the larger row has the higher loss.</param>
/// <param name="Pairs">Pairs in which one row has at least the other's params and tokens, and more of one.</param>
/// <param name="Smaller">The smaller row of the pair whose loss rises most.</param>
/// <param name="Larger">The larger row of that pair.</param>
public sealed record RisingLosses(int Rising, int Pairs, Observation Smaller, Observation Larger)
{
    /// <summary>The share of ordered pairs whose loss rises, from which the column is named.</summary>
    public const double Share = 0.75;

    /// <summary>Fewer ordered pairs than this say too little.</summary>
    public const int MinimumPairs = 4;

    /// <summary>
    /// At most this many rows are compared, drawn at random (seeded, so the verdict is the same on every run) from a larger
    /// table, so the check stays cheap. Not evenly spaced: a table whose rows repeat a pattern (a grid written size by size)
    /// would have its sample fall on the same place in the pattern every time.
    /// </summary>
    public const int MaximumRows = 1000;

    private const int Seed = 20261207;

    /// <summary>The pairs of <paramref name="table"/> whose loss rises with scale, or null when the loss falls as a loss does.</summary>
    public static RisingLosses? Find(ObservationTable table)
    {
        var rows = Sample(table.Where(r => double.IsFinite(r.Loss))); // rows to predict may have no loss
        int pairs = 0, rising = 0;
        (Observation Small, Observation Large)? steepest = null;
        foreach (var small in rows)
        {
            foreach (var large in rows.Where(large => Dominates(large, small)))
            {
                pairs++;
                if (large.Loss <= small.Loss)
                    continue;
                rising++;
                if (steepest is not { } s || large.Loss - small.Loss > s.Large.Loss - s.Small.Loss)
                    steepest = (small, large);
            }
        }
        return pairs < MinimumPairs || rising < Share * pairs ? null
            : new RisingLosses(rising, pairs, steepest!.Value.Small, steepest.Value.Large);
    }

    // Floyd's sampling: MaximumRows distinct rows in O(MaximumRows), kept in table order.
    private static Observation[] Sample(ObservationTable table)
    {
        if (table.Count <= MaximumRows)
            return [.. table.Rows];
        var random = new Random(Seed);
        var chosen = new HashSet<int>();
        for (var j = table.Count - MaximumRows; j < table.Count; j++)
        {
            if (!chosen.Add(random.Next(j + 1)))
                chosen.Add(j);
        }
        return [.. chosen.Order().Select(i => table[i])];
    }

    private static bool Dominates(Observation large, Observation small) =>
        large.Params >= small.Params && large.Tokens >= small.Tokens && (large.Params > small.Params || large.Tokens > small.Tokens);
}
