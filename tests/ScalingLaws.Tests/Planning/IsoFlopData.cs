using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.IO;

namespace ScalingLaws.Tests.Planning;

/// <summary>The tables the Approach 2 tests analyse: Chinchilla's IsoFLOP runs, Porian et al.'s config 4, and synthetic profiles.</summary>
internal static class IsoFlopData
{
    /// <summary>The nine IsoFLOP budgets of Hoffmann et al. Fig. 3 (shared/data/README.md).</summary>
    public static readonly double[] ChinchillaBudgets = [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21];

    public const double Tolerance = 0.08;

    public static string PorianPath => Path.Combine(TestData.SharedData, "porian", "isoflop_points.csv");

    /// <summary>All 245 Chinchilla rows and the 240 Epoch keeps.</summary>
    public static ObservationTable ChinchillaAll => ChinchillaEpoch.Shared.All;

    public static ObservationTable ChinchillaDropped => ChinchillaEpoch.Shared.Table;

    /// <summary>Porian et al.'s "optimizer tuning (no decay)" setting: source summary_df, config 4, 121 rows.</summary>
    public static ObservationTable PorianConfig4()
    {
        var table = TableReader.Read(PorianPath);
        var (source, config) = (table.Extra["source"], table.Extra["config_index"]);
        return table.Select([.. Enumerable.Range(0, table.Count).Where(i => source[i] == "summary_df" && config[i] == "4")]);
    }

    /// <summary>
    /// IsoFLOP profiles of Hoffmann's law: at each budget, <paramref name="sizes"/> sizes log-spaced over
    /// a factor of 10 either side of <paramref name="center"/>(C), loss L(N, C/6N). The rows' compute
    /// is the budget times <paramref name="jitter"/>(row), and the budget is kept in an extra column "budget".
    /// </summary>
    public static ObservationTable Profiles(
        IReadOnlyList<double> budgets, int sizes = 9, Func<double, double>? center = null, Func<int, double>? jitter = null)
    {
        var rows = new List<Observation>();
        var labels = new List<string>();
        foreach (var c in budgets)
        {
            var middle = center?.Invoke(c) ?? HoffmannOptimum(c);
            for (var s = 0; s < sizes; s++)
            {
                var n = TrainingCurves.LogSpaced(middle / 10, middle * 10, s, sizes);
                var flops = c * (jitter?.Invoke(rows.Count) ?? 1);
                rows.Add(new Observation(n, Compute.Tokens(flops, n), flops, TrainingCurves.Loss(n, Compute.Tokens(c, n)), SourceRow: rows.Count + 1));
                labels.Add(c.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return new ObservationTable(rows, "synthetic-isoflop", new Dictionary<string, ImmutableArray<string>> { ["budget"] = [.. labels] });
    }

    /// <summary>N_opt(C) of Hoffmann's law in closed form (their eq. 4).</summary>
    public static double HoffmannOptimum(double flops)
    {
        const double alpha = TrainingCurves.Alpha, beta = TrainingCurves.Beta;
        var g = Math.Pow(alpha * TrainingCurves.A / (beta * TrainingCurves.B), 1 / (alpha + beta));
        return g * Math.Pow(flops / 6, TrainingCurves.ParamsExponent);
    }
}
