namespace ScalingLaws.Data;

/// <summary>
/// Model sizes or token counts beyond any training run: the largest models trained hold about 2 trillion parameters and the
/// longest runs see about 40 trillion tokens, so a params value above <see cref="ParamsCeiling"/> or a tokens value above
/// <see cref="TokensCeiling"/> (50 and 25 times those) is a cell written wrong or in another unit (bytes, FLOPs, a factor
/// typed twice). Read, and warned about with the row: one such row moves every exponent of the fit.
/// </summary>
/// <param name="Field">Params or tokens.</param>
/// <param name="Count">Rows whose value of the field is above its ceiling.</param>
/// <param name="First">The first such row.</param>
public sealed record OversizedCounts(Field Field, int Count, Observation First)
{
    /// <summary>No model has more parameters than this (100 trillion).</summary>
    public const double ParamsCeiling = 1e14;

    /// <summary>No run has trained on more tokens than this (a quadrillion).</summary>
    public const double TokensCeiling = 1e15;

    /// <summary>The ceiling of <paramref name="field"/>: <see cref="ParamsCeiling"/> or <see cref="TokensCeiling"/>.</summary>
    public static double Ceiling(Field field) => field == Field.Params ? ParamsCeiling : TokensCeiling;

    /// <summary>The fields of <paramref name="table"/> (params, then tokens) with values above their ceiling.</summary>
    public static IReadOnlyList<OversizedCounts> Find(ObservationTable table) =>
        [.. new[] { Field.Params, Field.Tokens }
            .Select(field => (Field: field, Rows: table.Rows.Where(r => ObservationTable.Value(r, field) > Ceiling(field)).ToList()))
            .Where(found => found.Rows.Count > 0)
            .Select(found => new OversizedCounts(found.Field, found.Rows.Count, found.Rows[0]))];
}
