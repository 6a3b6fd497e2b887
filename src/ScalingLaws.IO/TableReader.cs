using ScalingLaws.IO.Trackers;

namespace ScalingLaws.IO;

/// <summary>
/// Reads an observation table from CSV, TSV, JSON Lines or Parquet (chosen by extension under any .gz, else by content,
/// or by <see cref="ReadOptions.Format"/>), or from an MLflow or W&amp;B folder of runs (<see cref="TrackerTable"/>),
/// checks it, and derives the missing one of tokens and FLOPs from C = 6ND. The file is only read; gzip-compressed
/// input is read whole.
/// </summary>
public static class TableReader
{
    /// <param name="path">The file; its name as given becomes the table's source and appears in messages.</param>
    /// <param name="options">Column mapping; automatic when null.</param>
    /// <exception cref="DataFileException">The file is missing, unreadable or holds bad data.</exception>
    public static ObservationTable Read(string path, ReadOptions? options = null)
    {
        options ??= new ReadOptions();
        if (Tabular(path, options.Format, options) is { } whole)
        {
            try
            {
                return Build(whole.Headers, whole.Rows, whole.Rows.Count, path, options);
            }
            catch (DataFileException e) when (whole.Locate is { } locate)
            {
                throw locate(e);
            }
        }
        var (format, text, rows) = Open(path, options.Delimiter, options.Format);
        using (text)
        {
            if (format == TableFormat.JsonLines)
            {
                var raw = JsonLinesFile.Read(text.ReadToEnd(), path);
                return Build(raw.Headers, raw.Rows, raw.Rows.Count, path, options);
            }
            using var delimited = new DelimitedRows(text, path, DelimiterOf(format, options.Delimiter), options.Delimiter is not null);
            return Build(delimited.Headers, delimited.Rows(), rows, path, options);
        }
    }

    /// <summary>
    /// The file's header and cells, by extension (<c>-</c>, standard input, by its first character); a missing file, a folder,
    /// a device or FIFO, a binary file or an unknown type is a clear error. <paramref name="delimiter"/> overrides the extension's.
    /// </summary>
    internal static RawTable ReadRaw(string path, char? delimiter = null, InputFormat? forced = null)
    {
        if (Tabular(path, forced) is { } whole)
            return whole;
        var (format, text, _) = Open(path, delimiter, forced);
        using (text)
        {
            return format == TableFormat.JsonLines
                ? JsonLinesFile.Read(text.ReadToEnd(), path)
                : DelimitedFile.Read(text, path, DelimiterOf(format, delimiter), delimiter is not null);
        }
    }

    // Parquet and a tracker's runs are read whole into cells; null for a text table. A TensorBoard file holds curves, not runs.
    private static RawTable? Tabular(string path, InputFormat? forced, ReadOptions? options = null)
    {
        var format = InputFormats.Of(path, forced, Expected);
        if (options?.AtStep is { } step && format is not (InputFormat.MLflow or InputFormat.WandB))
            throw new DataFileException(path, $"--at-step {step} picks a step of an MLflow or W&B run's metrics, and this is a table", "leave --at-step out");
        return format switch
        {
            InputFormat.Parquet => ParquetTable.Read(path),
            InputFormat.MLflow => TrackerTable.From(MlflowReader.Read(path), options ?? new ReadOptions(), path),
            InputFormat.WandB => TrackerTable.From(WandbReader.Read(path), options ?? new ReadOptions(), path),
            InputFormat.TensorBoard => throw new DataFileException(path, "TensorBoard event files hold loss curves, not a table of runs", "read them with 'scaling curve fit', or export a table of runs"),
            _ => null,
        };
    }

    // Cells are parsed row by row as they stream in; the row count from the line count sizes the table once.
    private static ObservationTable Build(IReadOnlyList<string> headers, IEnumerable<ICellRow> rows, int expectedRows, string path, ReadOptions options)
    {
        if (headers.Count == 0)
            throw new DataFileException(path, "the file is empty", "add a header row and data rows");
        using var row = rows.GetEnumerator();
        if (!row.MoveNext())
            throw new DataFileException(path, "the file has a header but no data rows", "add at least one row");
        var columns = WithUnits(options.Map.Resolve(headers, path), headers);
        RequireColumns(columns, headers, path, options.LossOptional);
        var builder = new ObservationBuilder(headers, columns, path, expectedRows, options.Map.LooseNotes(columns), lossRequired: !options.LossOptional);
        do
            builder.Add(row.Current);
        while (row.MoveNext());
        return builder.Build();
    }

    // A size or loss column that gives its unit in the header ('tokens (B)') among the headers no field claimed.
    private static Dictionary<Field, string> WithUnits(IReadOnlyDictionary<Field, string> resolved, IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<Field, string>(resolved);
        foreach (var field in new[] { Field.Params, Field.Tokens, Field.Flops, Field.Loss, Field.UniqueTokens }.Where(f => !columns.ContainsKey(f)))
        {
            if (headers.Except(columns.Values).Where(h => HeaderUnit.Factor(field, h) is not null).ToList() is [var header])
                columns[field] = header;
        }
        return columns;
    }

    /// <summary>
    /// The input's format and text, and how many data rows it may hold (its lines less the header). A file is
    /// streamed; standard input is read whole, as its first character tells JSON Lines from CSV.
    /// </summary>
    private static (TableFormat Format, TextReader Text, int Rows) Open(string path, char? delimiter, InputFormat? forced)
    {
        InputFile.Check(path, Expected);
        var named = forced is null ? null : TextFormat(forced.Value);
        if (InputFile.IsStandardInput(path) || InputFile.IsCompressed(path, Expected))
        {
            var type = named ?? (InputFile.IsStandardInput(path) ? null : FormatOf(path)); // a wrong type fails before the read
            var all = InputFile.ReadAllText(path, Expected);
            RefuseBinary(all, path, Expected);
            var format = type ?? (delimiter is null && all.TrimStart().StartsWith('{') ? TableFormat.JsonLines : TableFormat.Comma);
            return (format, new StringReader(all), all.AsSpan().Count('\n'));
        }
        var chosen = named ?? FormatOf(path);
        using (var head = InputFile.OpenText(path, Expected))
            RefuseBinary(InputFile.Head(head), path, Expected);
        return (chosen, InputFile.OpenText(path, Expected), Math.Max(0, InputFile.CountLines(path) - 1));
    }

    private const string Expected = "a .csv, .tsv, .jsonl or .parquet file, or an MLflow or W&B run folder";

    private static TableFormat? TextFormat(InputFormat format) => format switch
    {
        InputFormat.Csv => TableFormat.Comma,
        InputFormat.Tsv => TableFormat.Tab,
        InputFormat.JsonLines => TableFormat.JsonLines,
        _ => null,
    };

    private static void RefuseBinary(string text, string path, string expected)
    {
        if (InputFile.LooksBinary(text))
            throw new DataFileException(path, "not a text table (the file holds binary data)", $"give {expected}");
    }

    private static char DelimiterOf(TableFormat format, char? delimiter) => delimiter ?? (format == TableFormat.Tab ? '\t' : ',');

    private enum TableFormat { Comma, Tab, JsonLines }

    private static TableFormat FormatOf(string path) => InputFormats.FromName(path) is { } named && TextFormat(named) is { } format
        ? format
        : throw new DataFileException(path, $"unknown file type '{Path.GetExtension(path)}'", $"use .csv, .tsv, .jsonl, .ndjson or .parquet (any of them .gz), - for standard input, or name the format with --format {string.Join("|", InputFormats.Names)}");

    private static void RequireColumns(IReadOnlyDictionary<Field, string> columns, IReadOnlyList<string> headers, string path, bool lossOptional)
    {
        var unclaimed = headers.Except(columns.Values).ToList();
        if (!columns.ContainsKey(Field.Params) && Curves.WandbPanelExport.ValueColumn(headers) is { } metric)
            throw new DataFileException(path, $"this is a W&B panel export: one metric ('{metric}') along one run, a loss curve rather than a table of runs",
                "read it with 'scaling curve fit', 'curve predict' or 'curve compare'");
        foreach (var field in lossOptional ? new[] { Field.Params } : [Field.Params, Field.Loss])
        {
            if (!columns.ContainsKey(field) && !(field == Field.Params && SizesInModelNames(columns, unclaimed)))
                throw MissingColumn(path, [field], columns, headers, unclaimed);
        }
        if (!columns.ContainsKey(Field.Tokens) && !columns.ContainsKey(Field.Flops))
            throw MissingColumn(path, [Field.Tokens, Field.Flops], columns, headers, unclaimed);
    }

    // Without a params column the model names ('pythia-70m') give the sizes, unless a header looks like a misspelt params
    // or a --map gave the params column to another field: each of those is said as it was.
    private static bool SizesInModelNames(IReadOnlyDictionary<Field, string> columns, IReadOnlyList<string> unclaimed) =>
        columns.ContainsKey(Field.Model) && FieldNames.Misspelt(Field.Params, unclaimed) is null
        && !columns.Values.Any(c => FieldNames.IsAlias(Field.Params, c));

    // A header that looks like a misspelling of the field ('lsos') is named, with the two ways to use it.
    private static DataFileException MissingColumn(string path, Field[] fields, IReadOnlyDictionary<Field, string> columns, IReadOnlyList<string> headers, IReadOnlyList<string> unclaimed)
    {
        var what = string.Join(" or ", fields.Select(FieldNames.Name));
        var near = fields.Select(f => (Field: f, Header: FieldNames.Misspelt(f, unclaimed))).FirstOrDefault(m => m.Header is not null);
        var problem = $"no {what} column among the headers {DataFileException.Quoted(headers)}";
        // The field's own column given to another field by --map ('--map loss=tokens') leaves the field without one.
        if (columns.FirstOrDefault(c => fields.Any(f => FieldNames.IsAlias(f, c.Value))) is { Value: not null } taken)
            return new(path, $"no {what} column: --map {FieldNames.Name(taken.Key)}={taken.Value} gives the column '{taken.Value}' to {FieldNames.Name(taken.Key)}",
                $"change that --map, or map {what} to another column with {string.Join(" or ", fields.Select(f => $"--map {FieldNames.Name(f)}=COLUMN"))}");
        // A perplexity is no loss (its logarithm is): fitted as it is, every extrapolation would be of another quantity.
        if (fields.Contains(Field.Loss) && unclaimed.FirstOrDefault(Curves.PerplexityColumn.Is) is { } perplexity)
            return new(path, $"{problem} ('{perplexity}' looks like a perplexity, whose natural log is the loss)",
                $"add a loss column holding ln({perplexity}), or fit the perplexity as it is with --map loss=\"{perplexity}\"");
        // A step counts updates, not tokens: mapped as tokens it would be short by the tokens of each step.
        if (fields.Contains(Field.Tokens) && columns.TryGetValue(Field.Step, out var step))
            return new(path, $"{problem} ('{step}' counts optimiser steps, not tokens)",
                $"add a tokens column holding each row's tokens seen ({step} × the tokens per step, batch size × sequence length), or a flops column");
        return near.Header is { } header
            ? new(path, $"{problem} ('{header}' looks like '{FieldNames.Name(near.Field)}' misspelt)",
                $"rename the column to '{FieldNames.Name(near.Field)}', or use --map {FieldNames.Name(near.Field)}=\"{header}\"")
            : new(path, problem, $"name it with {string.Join(" or ", fields.Select(f => $"--map {FieldNames.Name(f)}=COLUMN"))}");
    }
}
