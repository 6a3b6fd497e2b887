namespace ScalingLaws.Cli.Rendering;

/// <summary>What a dataset is used as: a table of runs (<c>--dataset</c>), loss curves (<c>scaling curve … --dataset</c>), or a file read as FILE.</summary>
internal enum DatasetKind
{
    Runs,
    Curves,
    File,
}

/// <summary>
/// A dataset with what its files in one data directory hold: rows and families (runs), runs and points (curves), or
/// which files are missing.
/// </summary>
internal sealed record DatasetSummary(
    DatasetInfo Info,
    string Directory,
    IReadOnlyList<(string File, bool Present)> Files,
    int? Rows,
    IReadOnlyList<FamilySummary> Families)
{
    public DatasetKind Kind { get; init; } = DatasetKind.Runs;

    /// <summary>Loss curves: how many runs.</summary>
    public int? Runs { get; init; }

    public bool Complete => Files.All(f => f.Present);

    /// <summary>Every dataset in the catalogs: run tables, then loss curves, then files read as FILE.</summary>
    public static IReadOnlyList<(DatasetInfo Info, DatasetKind Kind)> Catalog { get; } =
    [
        .. DatasetCatalog.All.Select(d => (d, DatasetKind.Runs)),
        .. CurveDatasetCatalog.All.Select(d => (d, DatasetKind.Curves)),
        .. FileDatasets.All.Select(d => (d, DatasetKind.File)),
    ];

    /// <summary>The dataset called <paramref name="name"/> in any catalog (case-insensitive).</summary>
    public static (DatasetInfo Info, DatasetKind Kind) Find(string name) =>
        Catalog.FirstOrDefault(d => string.Equals(d.Info.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Info: not null } found
            ? found
            : throw UnknownDataset.Error(name, "dataset", [.. Catalog.Select(d => d.Info)]);

    /// <summary>Loads the dataset when all its files are present; a present but broken file is an error.</summary>
    public static DatasetSummary Of(DatasetInfo info, DatasetKind kind, string directory)
    {
        var files = info.FilesIn(directory);
        if (!files.All(f => f.Present))
            return new DatasetSummary(info, directory, files, null, []) { Kind = kind };
        return kind switch
        {
            DatasetKind.Runs => Tables(info, directory, files),
            DatasetKind.Curves => Curves(info, directory, files),
            _ => new DatasetSummary(info, directory, files, null, []) { Kind = kind },
        };
    }

    private static DatasetSummary Curves(DatasetInfo info, string directory, IReadOnlyList<(string, bool)> files)
    {
        var curves = CurveDatasetCatalog.Load(info.Name, directory);
        return new DatasetSummary(info, directory, files, curves.Sum(c => c.Count), []) { Kind = DatasetKind.Curves, Runs = curves.Count };
    }

    private static DatasetSummary Tables(DatasetInfo info, string directory, IReadOnlyList<(string, bool)> files)
    {
        var table = DatasetCatalog.Load(info.Name, directory);
        var families = table.Rows
            .GroupBy(r => r.Family ?? "")
            .Select(g => new FamilySummary(
                g.Key,
                g.Select(r => r.Model).Distinct().Count(),
                [.. g.Select(r => r.Params).Distinct().Order()],
                new ValueRange(g.Min(r => r.Tokens), g.Max(r => r.Tokens)),
                new ValueRange(g.Min(r => r.Loss), g.Max(r => r.Loss)),
                g.Count()))
            .ToList();
        return new DatasetSummary(info, directory, files, table.Count, families);
    }
}

/// <summary>One family of a dataset: its models, distinct sizes N, and the ranges of tokens and loss.</summary>
internal sealed record FamilySummary(string Name, int Models, IReadOnlyList<double> Sizes, ValueRange Tokens, ValueRange Loss, int Rows);

internal sealed record ValueRange(double Min, double Max);
