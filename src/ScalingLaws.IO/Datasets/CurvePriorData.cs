namespace ScalingLaws.IO.Datasets;

/// <summary>
/// The runs the loss-curve prior is measured on (every run of <see cref="CurvePrior.Datasets"/>), read from
/// the data directory; read only when asked for (the test that re-derives the stored prior).
/// </summary>
internal static class CurvePriorData
{
    /// <summary>The training-loss curves the loss-curve prior was measured on, read from <paramref name="dataDirectory"/>.</summary>
    public static IReadOnlyList<LossCurve> Load(string dataDirectory) =>
        [.. CurvePrior.Datasets.SelectMany(name => CurveDatasetCatalog.Load(name, dataDirectory))];
}
