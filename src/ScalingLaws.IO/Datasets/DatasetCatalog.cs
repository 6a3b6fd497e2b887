namespace ScalingLaws.IO.Datasets;

/// <summary>
/// The public datasets described in shared/data/README.md, each loaded as a canonical table: params N, tokens D,
/// FLOPs C = 6ND and the loss the Hitchhiker's guide (Choshen et al. 2024) fitted for that family, with model,
/// family and (where the source has one) step.
/// </summary>
public static class DatasetCatalog
{
    private static readonly IDatasetLoader[] Loaders =
    [
        new ChinchillaLoader(),
        new OptLoader(),
        new Gpt3Loader(),
        new T5PileLoader(),
        new OlmoLoader(),
        new DatablationsLoader(),
        new PythiaLoader(),
        new PythiaTasksLoader(),
    ];

    /// <summary>Every dataset that loads as a canonical table.</summary>
    public static IReadOnlyList<DatasetInfo> All { get; } = [.. Loaders.Select(l => l.Info)];

    /// <summary>The dataset called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ScalingLawsException">No such dataset; the message lists the names.</exception>
    public static DatasetInfo Find(string name) => Loader(name).Info;

    /// <summary>Reads the dataset's files under <paramref name="dataDirectory"/> into its canonical table.</summary>
    /// <exception cref="ScalingLawsException">Unknown name, a missing file, or a file that is not the documented version.</exception>
    public static ObservationTable Load(string name, string dataDirectory)
    {
        var loader = Loader(name);
        if (!Directory.Exists(dataDirectory))
            throw new ScalingLawsException($"{dataDirectory}: no such folder; {DataDirectory.HowToGet}");
        var table = loader.Load(dataDirectory);
        Check(loader.Info, table);
        return table;
    }

    /// <summary>Whether each of the dataset's files is in <paramref name="dataDirectory"/>.</summary>
    public static IReadOnlyList<(string File, bool Present)> Files(string name, string dataDirectory) => Find(name).FilesIn(dataDirectory);

    private static IDatasetLoader Loader(string name)
    {
        var trimmed = name.Trim();
        return Loaders.FirstOrDefault(l => string.Equals(l.Info.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? throw UnknownDataset.Error(name, "dataset", All);
    }

    // A loader bug or an altered file must not reach a fit as NaN or a non-positive value.
    private static void Check(DatasetInfo info, ObservationTable table)
    {
        foreach (var row in table.Rows)
        {
            if (!(Positive(row.Params) && Positive(row.Tokens) && Positive(row.Flops) && Positive(row.Loss)))
                throw new ScalingLawsException(
                    $"dataset '{info.Name}', row {row.SourceRow} of its file: params {row.Params}, tokens {row.Tokens}, loss {row.Loss} are not all positive numbers; restore the files from {info.Source}.");
        }
    }

    private static bool Positive(double value) => double.IsFinite(value) && value > 0;
}
