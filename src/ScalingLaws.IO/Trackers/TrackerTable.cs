namespace ScalingLaws.IO.Trackers;

/// <summary>
/// A tracker's runs as a table of runs, one row each: a <c>run</c> column, then each parameter, then each metric by its
/// key (a key that is both is written <c>params/KEY</c> and <c>metrics/KEY</c>). A metric's cell is its value at
/// <c>--at-step</c>, else its summary value (W&amp;B), else its last logged value by step. Keys that <c>--map</c> names
/// are checked run by run here, so that a run without one, or a parameter that is not a number, is named with its folder.
/// </summary>
internal static class TrackerTable
{
    private const string RunColumn = "run";

    public static RawTable From(IReadOnlyList<TrackerRun> runs, ReadOptions options, string path)
    {
        var parameters = runs.SelectMany(r => r.Params.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var metrics = runs.SelectMany(r => r.Series.Keys.Concat(r.Summary.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        var both = parameters.Intersect(metrics).ToHashSet();
        var columns = parameters.Select(k => (Header: both.Contains(k) ? "params/" + k : k, Key: k, IsParam: true))
            .Concat(metrics.Select(k => (Header: both.Contains(k) ? "metrics/" + k : k, Key: k, IsParam: false))).ToList();
        var rows = runs.Select((run, i) => new RawRow(i + 1,
            [run.Name, .. columns.Select(c => c.IsParam ? run.Params.GetValueOrDefault(c.Key) : Metric(run, c.Key, options.AtStep))])).ToList();
        var table = new RawTable([RunColumn, .. columns.Select(c => c.Header)], rows, e => Located(e, runs, columns));
        foreach (var (field, header) in options.Map.Explicit)
        {
            var column = columns.FindIndex(c => c.Header == header);
            if (column >= 0)
                Check(runs, rows, field, columns[column], column + 1, options.AtStep);
        }
        return table;
    }

    // "mlruns/0, row 2, column 'loss'" named the experiment's folder: the row is a run, the column a key, and the cell one file.
    private static DataFileException Located(DataFileException error, IReadOnlyList<TrackerRun> runs, List<(string Header, string Key, bool IsParam)> columns)
    {
        var column = columns.FindIndex(c => c.Header == error.Column);
        if (error.Row is not { } row || row < 1 || row > runs.Count || column < 0)
            return error;
        var (run, (_, key, isParam)) = (runs[row - 1], columns[column]);
        return new DataFileException(run.FileOf(isParam, key), $"{(isParam ? "param" : "metric")} '{key}' of run '{run.Name}' (row {row} of the runs read from {error.FileName}): {error.Problem}", error.Remedy);
    }

    private static string? Metric(TrackerRun run, string key, long? atStep)
    {
        var series = run.Series.GetValueOrDefault(key);
        if (atStep is { } step)
            return series is not null && series.TryGetValue(step, out var at) ? Text(at) : null;
        return run.Summary.GetValueOrDefault(key) ?? (series is { Count: > 0 } ? Text(series.Values[^1]) : null);
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Check(IReadOnlyList<TrackerRun> runs, List<RawRow> rows, Field field, (string Header, string Key, bool IsParam) column, int index, long? atStep)
    {
        var what = column.IsParam ? "param" : "metric";
        for (var i = 0; i < runs.Count; i++)
        {
            var (run, cell) = (runs[i], rows[i].Cells[index]);
            if (cell is null)
            {
                var logged = run.Series.GetValueOrDefault(column.Key);
                var problem = atStep is { } step && logged is { Count: > 0 }
                    ? $"run '{run.Name}' logged metric '{column.Key}' at steps {logged.Keys[0]} to {logged.Keys[^1]} ({logged.Count} values), none at step {step}"
                    : $"run '{run.Name}' has no {what} '{column.Key}'";
                throw new DataFileException(run.Source, problem, atStep is null ? $"leave the run out, or map another key with --map {FieldNames.Name(field)}=KEY" : "give a step every run logged with --at-step");
            }
            if (field is Field.Params or Field.Tokens or Field.Flops or Field.UniqueTokens or Field.Loss && !IsNumber(cell, field))
            {
                throw new DataFileException(run.FileOf(column.IsParam, column.Key), $"{what} '{column.Key}' of run '{run.Name}' is '{DataFileException.Shorten(cell)}', not a number",
                    Quantity.SizeRemedy(cell, $"log it as a number, e.g. 7e9, or map another key with --map {FieldNames.Name(field)}=KEY"));
            }
        }
    }

    private static bool IsNumber(string cell, Field field) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || (field != Field.Loss && Quantity.TryParseSizeCell(cell, out _));
}
