namespace ScalingLaws.IO;

/// <summary>
/// Writes an observation table as CSV that <see cref="TableReader"/> reads back unchanged: the canonical
/// columns (model, family, params, tokens, flops, loss, step, and unique_tokens when any row has them) with
/// numbers at round-trip precision. Written whole or not at all.
/// </summary>
public static class TableWriter
{
    private static readonly Field[] Columns = [Field.Model, Field.Family, Field.Params, Field.Tokens, Field.Flops, Field.Loss, Field.Step];

    /// <summary>Writes the table as CSV that <see cref="TableReader"/> reads back unchanged, whole or not at all.</summary>
    public static void WriteCsv(string path, ObservationTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new DelimitedText();
        var columns = table.Rows.Any(r => double.IsFinite(r.UniqueTokens)) ? [.. Columns, Field.UniqueTokens] : Columns;
        csv.Row(columns.Select(FieldNames.Name));
        foreach (var row in table.Rows)
            csv.Row(columns.Select(field => Cell(row, field)));
        AtomicFile.WriteAllText(path, csv.ToString());
    }

    private static string Cell(Observation row, Field field) => field switch
    {
        Field.Model => DelimitedText.Quote(row.Model),
        Field.Family => DelimitedText.Quote(row.Family),
        _ => ObservationTable.Value(row, field) is var value && double.IsFinite(value) ? DelimitedText.Number(value) : "",
    };
}
