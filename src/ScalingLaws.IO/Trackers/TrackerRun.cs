namespace ScalingLaws.IO.Trackers;

/// <summary>
/// One run as an experiment tracker logged it: each tag's (metric's) values by step, and the run's parameters. A value
/// logged twice at one step keeps the later one, as a resumed run overwrites.
/// </summary>
/// <param name="Name">The run's name: its folder (relative to the folder read) or the name the tracker gave it.</param>
/// <param name="Source">Where it was read from, for messages: a run folder or an event file.</param>
internal sealed record TrackerRun(string Name, string Source)
{
    /// <summary>Each tag's values, by step.</summary>
    public SortedDictionary<string, SortedList<long, double>> Series { get; } = new(StringComparer.Ordinal);

    /// <summary>Parameters as text (MLflow params, W&amp;B config), by key.</summary>
    public SortedDictionary<string, string> Params { get; } = new(StringComparer.Ordinal);

    /// <summary>The file each parameter (<c>params/KEY</c>) or metric (<c>metrics/KEY</c>) was read from, where it has one of its own (MLflow).</summary>
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Where a parameter or metric was read from: its own file, else the run's folder.</summary>
    public string FileOf(bool isParam, string key) => Files.GetValueOrDefault((isParam ? "params/" : "metrics/") + key) ?? Source;

    /// <summary>Values logged once for the run (W&amp;B's summary), by key.</summary>
    public SortedDictionary<string, string> Summary { get; } = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="value"/> of <paramref name="tag"/> at <paramref name="step"/>, replacing an earlier value there.</summary>
    public void Log(string tag, long step, double value)
    {
        if (!Series.TryGetValue(tag, out var series))
            Series[tag] = series = [];
        series[step] = value;
    }
}
