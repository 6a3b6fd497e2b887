using ScalingLaws.Data;
using ScalingLaws.IO;

namespace ScalingLaws.Tests;

/// <summary>Porian et al.'s 15 IsoFLOP sweeps in ../shared/data/porian/isoflop_points.csv, one (source, config_index) at a time.</summary>
internal static class PorianSweeps
{
    public static string Path => System.IO.Path.Combine(TestData.SharedData, "porian", "isoflop_points.csv");

    /// <summary>The rows of one sweep, as `--where source=S --where config_index=C` selects them.</summary>
    public static ObservationTable Sweep(string source, int config)
    {
        var table = TableReader.Read(Path);
        var (sources, configs) = (table.Extra["source"], table.Extra["config_index"]);
        return table.Select([.. Enumerable.Range(0, table.Count).Where(i => sources[i] == source && configs[i] == $"{config}")]);
    }
}
