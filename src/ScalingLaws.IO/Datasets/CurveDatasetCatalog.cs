namespace ScalingLaws.IO.Datasets;

/// <summary>
/// The public datasets of loss curves (shared/data/README.md), each loaded as runs with their learning-rate schedules
/// and with the dataset's own fit-and-predict protocol.
/// </summary>
public static class CurveDatasetCatalog
{
    private static readonly ICurveDatasetLoader[] Loaders =
    [
        new MultiPowerCurvesLoader("25M"),
        new MultiPowerCurvesLoader("100M"),
        new MultiPowerCurvesLoader("400M"),
        new PythiaCurvesLoader(),
    ];

    /// <summary>Every loss-curve dataset.</summary>
    public static IReadOnlyList<DatasetInfo> All { get; } = [.. Loaders.Select(l => l.Info)];

    /// <summary>The loss-curve dataset called <paramref name="name"/> (case-insensitive).</summary>
    public static DatasetInfo Find(string name) => Loader(name).Info;

    /// <summary>The dataset's own protocol, e.g. the Multi-Power Law repository's fit and test schedules.</summary>
    public static CurveProtocol Protocol(string name) => Loader(name).Protocol;

    /// <summary>How the dataset's published results were fitted, e.g. the Multi-Power Law repository's AdamW procedure.</summary>
    public static CurveFitProcedure Procedure(string name) => Loader(name).Procedure;

    /// <summary>Whether the dataset's curves are training losses, the kind the loss-curve prior was measured on (Pythia's are LAMBADA perplexities).</summary>
    public static bool TrainingLoss(string name) => Loader(name).TrainingLoss;

    /// <exception cref="ScalingLawsException">Unknown name or a missing or altered file.</exception>
    public static IReadOnlyList<LossCurve> Load(string name, string dataDirectory)
    {
        var loader = Loader(name);
        if (!Directory.Exists(dataDirectory))
            throw new ScalingLawsException($"{dataDirectory}: no such folder; {DataDirectory.HowToGet}");
        return loader.Load(dataDirectory);
    }

    private static ICurveDatasetLoader Loader(string name) =>
        Loaders.FirstOrDefault(l => string.Equals(l.Info.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw UnknownDataset.Error(name, "loss-curve dataset", All, "");
}
