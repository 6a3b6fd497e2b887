namespace ScalingLaws.IO.Datasets;

/// <summary>
/// The refusal of a dataset name a catalog does not have, with what the name most likely meant: the nearest name of the
/// catalog, a dataset of another kind that other commands read ('pythia-curves' to fit, 'porian' to curve fit), or the
/// folder that holds one dataset's files ('chinchilla-epoch', as the data folder shows it).
/// </summary>
public static class UnknownDataset
{
    /// <summary>"unknown dataset 'x' (did you mean 'y'?); the datasets are …", <paramref name="kind"/> naming the catalog's kind.</summary>
    public static ScalingLawsException Error(string name, string kind, IReadOnlyList<DatasetInfo> catalog, string listed = " (see 'scaling datasets list')") =>
        new($"unknown {kind} '{name}'{Hint(name.Trim(), catalog)}; the {kind}s are {string.Join(", ", catalog.Select(d => d.Name))}{listed}.");

    private static string Hint(string name, IReadOnlyList<DatasetInfo> catalog)
    {
        if (EditDistance.Suggest(name, catalog.Select(d => d.Name)) is { } near)
            return $" (did you mean '{near}'?)";
        if (Elsewhere(name, catalog) is { } other)
            return $": {other}";
        var owners = catalog.Where(d => d.Files.Any(f => f.Split('/')[0].Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
        return owners.Count == 1 && name.Length > 0 ? $" (did you mean '{owners[0].Name}'? '{name}' is the folder of its files)" : "";
    }

    // The name of a dataset in a catalog other than the one asked, said with what reads it.
    private static string? Elsewhere(string name, IReadOnlyList<DatasetInfo> catalog)
    {
        bool In(IReadOnlyList<DatasetInfo> other) => !ReferenceEquals(other, catalog) && other.Any(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        return In(CurveDatasetCatalog.All) ? $"'{name}' is a dataset of loss curves, which 'scaling curve' and 'scaling plot curve' read"
            : In(DatasetCatalog.All) ? $"'{name}' is a dataset of runs, which 'scaling fit', 'predict', 'backtest' and the other commands on runs read"
            : In(FileDatasets.All) ? $"'{name}' is a file of the data folder, read as FILE: give its path (see 'scaling datasets show {name}')"
            : null;
    }
}
