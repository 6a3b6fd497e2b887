using ScalingLaws.Data;

namespace ScalingLaws.IO;

/// <summary>
/// Reads an observation table from CSV, TSV or JSON Lines (chosen by extension), checks it, and derives the
/// missing one of tokens and FLOPs from C = 6ND. The file is only read.
/// </summary>
public static class TableReader
{
    /// <param name="path">The file; its name as given becomes the table's source and appears in messages.</param>
    /// <param name="options">Column mapping; automatic when null.</param>
    /// <exception cref="DataFileException">The file is missing, unreadable or holds bad data.</exception>
    public static ObservationTable Read(string path, ReadOptions? options = null)
    {
        options ??= new ReadOptions();
        var raw = ReadRaw(path, options.Delimiter);
        if (raw.Headers.Count == 0)
            throw new DataFileException(path, "the file is empty", "add a header row and data rows");
        if (raw.Rows.Count == 0)
            throw new DataFileException(path, "the file has a header but no data rows", "add at least one row");
        var columns = options.Map.Resolve(raw.Headers, path);
        RequireColumns(columns, raw.Headers, path);
        return ComputeDerivation.Complete(new ObservationBuilder(raw, columns, path).Build());
    }

    /// <summary>
    /// The file's header and cells, by extension (<c>-</c>, standard input, by its first character); a missing file, a folder,
    /// a device or FIFO, a binary file or an unknown type is a clear error. <paramref name="delimiter"/> overrides the extension's.
    /// </summary>
    internal static RawTable ReadRaw(string path, char? delimiter = null)
    {
        const string expected = "a .csv, .tsv or .jsonl file";
        InputFile.Check(path, expected);
        var format = InputFile.IsStandardInput(path) ? (TableFormat?)null : FormatOf(path); // a wrong type fails before the read
        var text = InputFile.ReadAllText(path, expected);
        if (InputFile.LooksBinary(text))
            throw new DataFileException(path, "not a text table (the file holds binary data)", $"give {expected}");
        return (format ?? (delimiter is null && text.TrimStart().StartsWith('{') ? TableFormat.JsonLines : TableFormat.Comma)) switch
        {
            TableFormat.JsonLines => JsonLinesFile.Read(text, path),
            TableFormat.Tab => DelimitedFile.Read(text, path, delimiter ?? '\t'),
            _ => DelimitedFile.Read(text, path, delimiter ?? ','),
        };
    }

    private enum TableFormat { Comma, Tab, JsonLines }

    private static TableFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => TableFormat.Comma,
        ".tsv" => TableFormat.Tab,
        ".jsonl" or ".ndjson" => TableFormat.JsonLines,
        var extension => throw new DataFileException(path, $"unknown file type '{extension}'", "use .csv, .tsv, .jsonl or .ndjson, or - for standard input"),
    };

    private static void RequireColumns(IReadOnlyDictionary<Field, string> columns, IReadOnlyList<string> headers, string path)
    {
        var unclaimed = headers.Except(columns.Values).ToList();
        foreach (var field in new[] { Field.Params, Field.Loss })
        {
            if (!columns.ContainsKey(field))
                throw MissingColumn(path, [field], headers, unclaimed);
        }
        if (!columns.ContainsKey(Field.Tokens) && !columns.ContainsKey(Field.Flops))
            throw MissingColumn(path, [Field.Tokens, Field.Flops], headers, unclaimed);
    }

    // A header that looks like a misspelling of the field ('lsos') is named, with the two ways to use it.
    private static DataFileException MissingColumn(string path, Field[] fields, IReadOnlyList<string> headers, IReadOnlyList<string> unclaimed)
    {
        var what = string.Join(" or ", fields.Select(FieldNames.Name));
        var near = fields.Select(f => (Field: f, Header: FieldNames.Misspelt(f, unclaimed))).FirstOrDefault(m => m.Header is not null);
        var problem = $"no {what} column among the headers {DataFileException.Quoted(headers)}";
        return near.Header is { } header
            ? new(path, $"{problem} ('{header}' looks like '{FieldNames.Name(near.Field)}' misspelt)",
                $"rename the column to '{FieldNames.Name(near.Field)}', or use --map {FieldNames.Name(near.Field)}=\"{header}\"")
            : new(path, problem, $"name it with {string.Join(" or ", fields.Select(f => $"--map {FieldNames.Name(f)}=COLUMN"))}");
    }
}
