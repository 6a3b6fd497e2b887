namespace ScalingLaws.IO.Trackers;

/// <summary>
/// Reads MLflow's file store: an experiment folder (<c>mlruns/EXPERIMENT_ID</c>), a folder of experiments, or one run
/// folder. A run folder holds <c>metrics/KEY</c> files of lines <c>timestamp value step</c> (a key with '/' is a
/// sub-folder), <c>params/KEY</c> files holding the value, and <c>meta.yaml</c> with the run's name. Deleted runs
/// (<c>lifecycle_stage: deleted</c>) are left out, as MLflow's own listing leaves them out.
/// </summary>
internal static class MlflowReader
{
    /// <summary>Every live run under <paramref name="path"/> with its metrics by step and its params.</summary>
    public static IReadOnlyList<TrackerRun> Read(string path)
    {
        if (!Directory.Exists(path))
            throw new DataFileException(path, "an MLflow store is a folder", "give mlruns/EXPERIMENT_ID or a run folder");
        var folders = IsRun(path) ? [path] : RunFolders(path).ToList();
        if (folders.Count == 0)
            throw new DataFileException(path, "the folder holds no MLflow run (a folder with metrics/ or params/)", "give mlruns/EXPERIMENT_ID, the experiment's folder");
        var runs = folders.Order(StringComparer.Ordinal).Select(ReadRun).Where(r => r is not null).Select(r => r!).ToList();
        return runs.Count > 0 ? runs : throw new DataFileException(path, "every run in the folder is deleted", "restore a run, or give another experiment");
    }

    private static bool IsRun(string folder) => Directory.Exists(Path.Combine(folder, "metrics")) || Directory.Exists(Path.Combine(folder, "params"));

    // Runs of an experiment, or of each experiment of a whole mlruns folder.
    private static IEnumerable<string> RunFolders(string folder) =>
        Directory.EnumerateDirectories(folder).Where(d => Path.GetFileName(d) != ".trash")
            .SelectMany(d => IsRun(d) ? [d] : Directory.EnumerateDirectories(d).Where(IsRun));

    private static TrackerRun? ReadRun(string folder)
    {
        var meta = Meta(folder);
        if (meta.GetValueOrDefault("lifecycle_stage") == "deleted")
            return null;
        var tagName = Path.Combine(folder, "tags", "mlflow.runName");
        var name = meta.GetValueOrDefault("run_name") is { Length: > 0 } given ? given
            : File.Exists(tagName) ? File.ReadAllText(tagName).Trim() : Path.GetFileName(folder);
        var run = new TrackerRun(name, folder);
        foreach (var (key, file) in Keyed(Path.Combine(folder, "params")))
        {
            run.Params[key] = File.ReadAllText(file).Trim();
            run.Files["params/" + key] = file;
        }
        foreach (var (key, file) in Keyed(Path.Combine(folder, "metrics")))
        {
            ReadMetric(file, key, run);
            run.Files["metrics/" + key] = file;
        }
        return run;
    }

    private static IEnumerable<(string Key, string File)> Keyed(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), f))
        : [];

    private static void ReadMetric(string file, string key, TrackerRun run)
    {
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var step = 0L;
            if (parts.Length is < 2 or > 3 || !TryValue(parts[1], out var value) || (parts.Length == 3 && !long.TryParse(parts[2], CultureInfo.InvariantCulture, out step)))
                throw new DataFileException(file, $"'{DataFileException.Shorten(line)}' is not 'timestamp value step'", "the file is damaged; log the metric again with mlflow.log_metric", number);
            run.Log(key, step, value);
        }
    }

    // Python writes non-finite floats as nan, inf and -inf.
    private static bool TryValue(string text, out double value)
    {
        value = text.ToLowerInvariant() switch { "nan" => double.NaN, "inf" => double.PositiveInfinity, "-inf" => double.NegativeInfinity, _ => 0 };
        return text.ToLowerInvariant() is "nan" or "inf" or "-inf" || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    // meta.yaml's top-level "key: value" lines; nothing nested is needed.
    private static Dictionary<string, string> Meta(string folder)
    {
        var file = Path.Combine(folder, "meta.yaml");
        var meta = new Dictionary<string, string>();
        if (!File.Exists(file))
            return meta;
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0])))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
                meta[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('\'', '"');
        }
        return meta;
    }
}
