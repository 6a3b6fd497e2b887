namespace ScalingLaws.Data;

/// <summary>
/// Runs of the same model size N and token count D whose losses differ far more than seeds make them differ: repeats of
/// one setup with other seeds agree to about 1%, so points whose losses lie over <see cref="Spread"/> apart are most likely
/// runs of different families or setups (another tokenizer, data mix or architecture) pooled under one law, with nothing
/// in the table to tell them apart. Rows of different families are compared within their family (pooling families is
/// named by <see cref="PoolingCheck"/>), and runs on different amounts of unique data are different points (data-constrained runs).
/// One point's N and D may differ in their last digits between runs (2e9 and 2.0001e9 tokens: steps × batch rounded):
/// rows whose N and D both lie within <see cref="Tolerance"/> of a point's first row are that point.
/// </summary>
/// <param name="Divergent">The (N, D) points whose losses lie more than <see cref="Spread"/> apart.</param>
/// <param name="Repeated">The (N, D) points the table gives more than once.</param>
/// <param name="Lowest">The lowest-loss row of the point that differs most.</param>
/// <param name="Highest">The highest-loss row of that point.</param>
public sealed record DivergentRepeats(int Divergent, int Repeated, Observation Lowest, Observation Highest)
{
    /// <summary>Losses of one point this far apart (highest over lowest, less 1) are beyond seed noise.</summary>
    public const double Spread = 0.05;

    /// <summary>N and D this close (relative to the point's first row) are one point.</summary>
    public const double Tolerance = 0.005;

    /// <summary>How far apart the most divergent point's losses lie: highest over lowest, less 1.</summary>
    public double LargestSpread => Highest.Loss / Lowest.Loss - 1;

    /// <summary>
    /// The divergent repeats of <paramref name="table"/>; null unless at least two points, and at least half of those
    /// repeated, are divergent (one pair apart may be one run gone wrong, which the fit's residuals show).
    /// </summary>
    public static DivergentRepeats? Find(ObservationTable table)
    {
        var points = table.Rows.Where(r => double.IsFinite(r.Loss) && r.Loss > 0)
            .GroupBy(r => (r.Family, r.UniqueTokens))
            .SelectMany(Points)
            .Where(g => g.Count > 1)
            .Select(g => (Lowest: g.MinBy(r => r.Loss), Highest: g.MaxBy(r => r.Loss)))
            .ToList();
        var divergent = points.Where(p => p.Highest.Loss / p.Lowest.Loss - 1 > Spread).ToList();
        if (divergent.Count < 2 || 2 * divergent.Count < points.Count)
            return null;
        var widest = divergent.MaxBy(p => p.Highest.Loss / p.Lowest.Loss);
        return new DivergentRepeats(divergent.Count, points.Count, widest.Lowest, widest.Highest);
    }

    // The rows in order of N, each joined to the first open point whose first row it is near; a point whose first N is
    // below this row's by more than the tolerance can take no later row, so only the open points are searched.
    private static IEnumerable<List<Observation>> Points(IEnumerable<Observation> rows)
    {
        var (open, closed) = (new List<List<Observation>>(), new List<List<Observation>>());
        foreach (var row in rows.OrderBy(r => r.Params))
        {
            closed.AddRange(open.Where(p => !Near(p[0].Params, row.Params)));
            open.RemoveAll(p => !Near(p[0].Params, row.Params));
            if (open.Find(p => Near(p[0].Tokens, row.Tokens)) is { } point)
                point.Add(row);
            else
                open.Add([row]);
        }
        return closed.Concat(open);
    }

    private static bool Near(double first, double value) => Math.Abs(value - first) <= Tolerance * Math.Abs(first);
}
