namespace ScalingLaws.Data;

/// <summary>
/// A table in which every row has fewer tokens than parameters, most likely with its params and tokens columns swapped:
/// a sweep trains each model on more tokens than it has parameters (Chinchilla's optimum is about 20 per parameter, and
/// the published sweeps reach below 1 only in early checkpoints, beside later ones), so a table whose every row is below
/// 1 token per parameter fits the law with N and D exchanged and returns the other exponent for each.
/// </summary>
/// <param name="Rows">Rows in the table, every one with fewer tokens than parameters.</param>
/// <param name="Largest">The row with the most tokens per parameter.</param>
public sealed record SwappedSizes(int Rows, Observation Largest)
{
    /// <summary>Fewer rows than this say too little.</summary>
    public const int MinimumRows = 3;

    /// <summary>The largest tokens per parameter of the table.</summary>
    public double TokensPerParam => Largest.Tokens / Largest.Params;

    /// <summary>The table's rows when every one of them (at least <see cref="MinimumRows"/>) has fewer tokens than parameters; else null.</summary>
    public static SwappedSizes? Find(ObservationTable table) =>
        table.Count >= MinimumRows && table.Rows.All(r => r.Tokens < r.Params)
            ? new SwappedSizes(table.Count, table.Rows.MaxBy(r => r.Tokens / r.Params))
            : null;
}
