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
        var raw = ReadRaw(path);
        if (raw.Headers.Count == 0)
            throw new DataFileException(path, "the file is empty", "add a header row and data rows");
        if (raw.Rows.Count == 0)
            throw new DataFileException(path, "the file has a header but no data rows", "add at least one row");
        var columns = (options ?? new ReadOptions()).Map.Resolve(raw.Headers, path);
        RequireColumns(columns, raw.Headers, path);
        return ComputeDerivation.Complete(new ObservationBuilder(raw, columns, path).Build());
    }

    /// <summary>The file's header and cells, by extension; a missing file, a folder or an unknown type is a clear error.</summary>
    internal static RawTable ReadRaw(string path)
    {
        if (Directory.Exists(path))
            throw new DataFileException(path, "this is a directory, not a file", "give the path of a .csv, .tsv or .jsonl file");
        if (!File.Exists(path))
            throw new DataFileException(path, "no such file", "check the path");
        try
        {
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".csv" => DelimitedFile.Read(path, ','),
                ".tsv" => DelimitedFile.Read(path, '\t'),
                ".jsonl" or ".ndjson" => JsonLinesFile.Read(path),
                var extension => throw new DataFileException(path, $"unknown file type '{extension}'", "use .csv, .tsv, .jsonl or .ndjson"),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, $"cannot be read ({e.Message})", "check that the file is readable");
        }
    }

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
