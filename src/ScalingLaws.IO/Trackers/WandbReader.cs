using System.Text.Json;

namespace ScalingLaws.IO.Trackers;

/// <summary>
/// Reads W&amp;B offline run folders (<c>wandb/run-*/files/</c>, or any tree of them): <c>wandb-history.jsonl</c> gives each
/// metric by <c>_step</c>, <c>wandb-summary.json</c> the run's final values and <c>config.yaml</c> its config (each key's
/// <c>value:</c>). Keys starting with '_' (W&amp;B's own) and values that are not numbers are left out of the history.
/// The <c>latest-run</c> link is not followed, so no run is read twice.
/// </summary>
internal static class WandbReader
{
    private const string History = "wandb-history.jsonl", Summary = "wandb-summary.json", Config = "config.yaml";

    /// <summary>Every run under <paramref name="path"/> with its history by step, summary and config.</summary>
    public static IReadOnlyList<TrackerRun> Read(string path)
    {
        if (!Directory.Exists(path))
            throw new DataFileException(path, "a W&B run is a folder", "give the run folder (wandb/run-…) or the wandb folder");
        var folders = Folders(path).Where(f => File.Exists(Path.Combine(f, History)) || File.Exists(Path.Combine(f, Summary))).Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
            throw new DataFileException(path, $"the folder holds no {History} or {Summary}", "give a W&B offline run folder (wandb/run-…) or the wandb folder");
        return [.. folders.Select(ReadRun)];
    }

    private static IEnumerable<string> Folders(string folder) =>
        Directory.EnumerateDirectories(folder).Where(d => new DirectoryInfo(d).LinkTarget is null).SelectMany(Folders).Prepend(folder);

    // A run is named by its run-* folder (the parent of files/).
    private static TrackerRun ReadRun(string folder)
    {
        var name = Path.GetFileName(folder) == "files" ? Path.GetFileName(Path.GetDirectoryName(folder)!) : Path.GetFileName(folder);
        var run = new TrackerRun(name, folder);
        var history = Path.Combine(folder, History);
        if (File.Exists(history))
            ReadHistory(history, run);
        var summary = Path.Combine(folder, Summary);
        if (File.Exists(summary))
            ReadSummary(summary, run);
        var config = Path.Combine(folder, Config);
        if (File.Exists(config))
            ReadConfig(config, run);
        return run;
    }

    // One JSON object (written on one line or several); numbers keep their digits, strings their text.
    private static void ReadSummary(string file, TrackerRun run)
    {
        try
        {
            using var document = JsonDocument.Parse(InputFile.ReadAllText(file, "a W&B summary"));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new JsonException();
            foreach (var property in document.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('_')))
            {
                if (property.Value.ValueKind is JsonValueKind.Number or JsonValueKind.String)
                    run.Summary[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }
        catch (JsonException)
        {
            throw new DataFileException(file, "not a JSON object", "the file is damaged; sync the run again, or remove the file");
        }
    }

    private static void ReadHistory(string file, TrackerRun run)
    {
        var table = JsonLinesFile.Read(InputFile.ReadAllText(file, "a W&B history"), file);
        var step = table.Headers.ToList().IndexOf("_step");
        foreach (var row in table.Rows)
        {
            var at = step >= 0 && long.TryParse(row.Cells[step], CultureInfo.InvariantCulture, out var s) ? s : row.Number - 1;
            for (var i = 0; i < table.Headers.Count; i++)
            {
                if (!table.Headers[i].StartsWith('_') && double.TryParse(row.Cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    run.Log(table.Headers[i], at, value);
            }
        }
    }

    // config.yaml is "KEY:" lines each followed by an indented "value: X" (and "desc:"); scalar values are read.
    private static void ReadConfig(string file, TrackerRun run)
    {
        string? key = null;
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line.EndsWith(':'))
                key = line[..^1].Trim();
            else if (key is not null && !key.StartsWith('_') && line.TrimStart().StartsWith("value:", StringComparison.Ordinal) && line.TrimStart()[6..].Trim() is { Length: > 0 } value)
                run.Params[key] = value.Trim('\'', '"');
        }
    }
}
