namespace ScalingLaws.Data;

/// <summary>
/// A params or tokens column whose every value is below <see cref="Ceiling"/> although none is below
/// <see cref="SizesWithoutUnit.Floor"/>: a sweep's token counts written in millions (2,000 for 2B) or its sizes in
/// thousands pass the row-by-row check, yet a whole sweep of models under 10,000 parameters, or trained on under 10,000
/// tokens each, is not a language-model sweep, and a fit of it extrapolates by the missing factor of a million.
/// </summary>
/// <param name="Field">Params or tokens.</param>
/// <param name="Rows">Rows in the table.</param>
/// <param name="Largest">The row with the largest value of the field.</param>
public sealed record SmallSizeColumns(Field Field, int Rows, Observation Largest)
{
    /// <summary>A column whose largest value is below this is a column in another unit.</summary>
    public const double Ceiling = 10_000;

    /// <summary>The fields of <paramref name="table"/> (params, then tokens) whose every value lies in [<see cref="SizesWithoutUnit.Floor"/>, <see cref="Ceiling"/>).</summary>
    public static IReadOnlyList<SmallSizeColumns> Find(ObservationTable table) =>
        table.Count == 0 ? []
        : [.. new[] { Field.Params, Field.Tokens }
            .Where(field => table.Rows.All(r => ObservationTable.Value(r, field) is >= SizesWithoutUnit.Floor and < Ceiling))
            .Select(field => new SmallSizeColumns(field, table.Count, table.Rows.MaxBy(r => ObservationTable.Value(r, field))!))];
}
