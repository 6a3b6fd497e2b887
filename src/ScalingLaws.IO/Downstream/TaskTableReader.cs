using System.Collections.Immutable;

namespace ScalingLaws.IO.Downstream;

/// <summary>
/// Reads a table of benchmark scores (CSV, TSV or JSON Lines) into an <see cref="ObservationTable"/> whose canonical
/// fields (params, tokens, flops, loss, model, family, step) are whatever columns the file has, blank where it has
/// none, and whose other columns (task, metric, value, chance, stderr, or one column per task) are kept by name for
/// <see cref="TaskColumns"/>. The file is only read; selections (--family, --where) then apply as to any table.
/// </summary>
public static class TaskTableReader
{
    /// <summary>Reads a table of task scores (wide or long format) from <paramref name="path"/>; the delimiter is guessed when null.</summary>
    /// <param name="format">The file's format when its name and content do not tell (<c>--format</c>).</param>
    public static ObservationTable Read(string path, char? delimiter = null, InputFormat? format = null)
    {
        var raw = TableReader.ReadRaw(path, delimiter, format);
        if (raw.Headers.Count == 0 || raw.Rows.Count == 0)
            throw new DataFileException(path, "the file has no data rows", "add a header row and one row per run, checkpoint and task");
        var columns = ColumnMap.Automatic.Resolve(raw.Headers, path);
        var index = columns.ToDictionary(kv => kv.Key, kv => raw.Headers.ToList().IndexOf(kv.Value));
        var extra = Enumerable.Range(0, raw.Headers.Count)
            .Where(i => !index.ContainsValue(i))
            .ToImmutableDictionary(i => raw.Headers[i], i => raw.Rows.Select(r => r.Cells[i] ?? "").ToImmutableArray());
        var rows = raw.Rows.Select(row =>
        {
            double Number(Field field) => Cell(path, raw, row, index, field);
            string? Text(Field field) => index.TryGetValue(field, out var i) && !string.IsNullOrWhiteSpace(row.Cells[i]) ? row.Cells[i]!.Trim() : null;
            var (parameters, tokens, flops) = (Number(Field.Params), Number(Field.Tokens), Number(Field.Flops));
            if (double.IsNaN(tokens) && double.IsFinite(flops) && parameters > 0)
                tokens = Compute.Tokens(flops, parameters);
            return new Observation(parameters, tokens, Compute.Flops(parameters, tokens), Number(Field.Loss), Text(Field.Model), Text(Field.Family), Number(Field.Step), row.Number);
        });
        return new ObservationTable(rows, path, extra);
    }

    private static double Cell(string path, RawTable raw, RawRow row, Dictionary<Field, int> index, Field field)
    {
        if (!index.TryGetValue(field, out var i) || string.IsNullOrWhiteSpace(row.Cells[i]))
            return double.NaN;
        var text = row.Cells[i]!.Trim();
        if ((double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || (field != Field.Loss && Quantity.TryParseSizeCell(text, out value))) && double.IsFinite(value))
            return value;
        throw new DataFileException(path, $"'{DataFileException.Shorten(text)}' is not a finite number", Quantity.SizeRemedy(text, "fix or remove the row"), row.Number, raw.Headers[i]);
    }
}
