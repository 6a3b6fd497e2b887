using ScalingLaws.Prediction;

namespace ScalingLaws.IO.Datasets;

/// <summary>
/// The rows the Hitchhiker prior is measured on (<see cref="HitchhikerPrior.Families"/>, checkpoints above
/// 10B tokens), read from the data directory; read only when asked for (a test, or <c>backtest --prior-without</c>).
/// </summary>
public static class HitchhikerPriorData
{
    /// <summary>Every prior family, or all but those named in <paramref name="without"/> (case-insensitive).</summary>
    public static ObservationTable Load(string dataDirectory, IReadOnlyCollection<string>? without = null)
    {
        var left = new HashSet<string>(without ?? [], StringComparer.OrdinalIgnoreCase);
        var rows = new List<Observation>();
        foreach (var dataset in HitchhikerPrior.Families.Select(f => f.Dataset).Distinct())
        {
            var families = HitchhikerPrior.Families.Where(f => f.Dataset == dataset && !left.Contains(f.Family)).Select(f => f.Family).ToHashSet();
            if (families.Count == 0)
                continue;
            var table = DatasetCatalog.Load(dataset, dataDirectory);
            rows.AddRange(table.Rows.Where(r => r.Family is { } family && families.Contains(family) && r.Tokens > HitchhikerPrior.MinTokens));
        }
        return new ObservationTable(rows, "Hitchhiker families");
    }
}
