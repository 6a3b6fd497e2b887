namespace ScalingLaws.Data;

/// <summary>
/// Model sizes or token counts too small for any training run, most likely written in millions or billions without the
/// unit ("7" for 7B): the smallest language models trained anywhere hold thousands of parameters and see thousands of
/// tokens (this tool's own study trains 12K-parameter models on 32K tokens and more), so a count below <see cref="Floor"/>
/// is a count in another unit. Counts below one are refused when read; these are read, and warned about.
/// </summary>
/// <param name="Field">Params or tokens.</param>
/// <param name="Count">Rows whose value of the field is below <see cref="Floor"/>.</param>
/// <param name="First">The first such row.</param>
public sealed record SizesWithoutUnit(Field Field, int Count, Observation First)
{
    /// <summary>No training run has fewer parameters or tokens than this.</summary>
    public const double Floor = 1000;

    /// <summary>The smallest log10 of a count of parameters or tokens: a thousand.</summary>
    public const double LowestLogarithm = 3;

    /// <summary>The largest log10 of a count of parameters or tokens: a billion trillion.</summary>
    public const double HighestLogarithm = 27;

    /// <summary>
    /// Whether every row of the table has the field from <see cref="LowestLogarithm"/> to <see cref="HighestLogarithm"/>, as a column of log10 counts has (the
    /// Hitchhiker's guide's tables give tokens and FLOPs so: 9.477 for 3e9). Counts in billions without the unit can look the same
    /// (7 and 13 for 7B and 13B), so this is a second reading to offer, not a verdict.
    /// </summary>
    public bool CouldBeLogarithms { get; init; }

    /// <summary>The fields of <paramref name="table"/> (params, then tokens) with values below <see cref="Floor"/>.</summary>
    public static IReadOnlyList<SizesWithoutUnit> Find(ObservationTable table) =>
        [.. new[] { Field.Params, Field.Tokens }
            .Select(field => (Field: field, Rows: table.Rows.Where(r => ObservationTable.Value(r, field) < Floor).ToList()))
            .Where(found => found.Rows.Count > 0)
            .Select(found => new SizesWithoutUnit(found.Field, found.Rows.Count, found.Rows[0])
            {
                CouldBeLogarithms = table.Rows.All(r => ObservationTable.Value(r, found.Field) is >= LowestLogarithm and <= HighestLogarithm),
            })];
}
