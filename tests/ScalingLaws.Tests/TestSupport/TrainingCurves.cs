using ScalingLaws.Data;

namespace ScalingLaws.Tests;

/// <summary>
/// Synthetic training curves from Hoffmann et al.'s rounded Approach 3 law
/// L = 1.69 + 406.4/N^0.34 + 410.7/D^0.28: model sizes log-spaced over [1e7, 1e10], each
/// evaluated at checkpoints log-spaced in D between <c>firstTokensPerParam</c>·N and
/// <c>lastTokensPerParam</c>·N, with C = 6ND.
/// </summary>
internal static class TrainingCurves
{
    public const double E = 1.69, A = 406.4, B = 410.7, Alpha = 0.34, Beta = 0.28;

    /// <summary>a = β/(α+β), the exponent of N_opt ∝ C^a under the law.</summary>
    public const double ParamsExponent = Beta / (Alpha + Beta);

    public static double Loss(double n, double d) => E + A / Math.Pow(n, Alpha) + B / Math.Pow(d, Beta);

    public static ObservationTable Hoffmann(
        int sizes = 12, int checkpoints = 50, double firstTokensPerParam = 1, double lastTokensPerParam = 250, bool named = true)
    {
        var rows = new List<Observation>();
        for (var s = 0; s < sizes; s++)
        {
            var n = LogSpaced(1e7, 1e10, s, sizes);
            for (var k = 0; k < checkpoints; k++)
            {
                var d = n * LogSpaced(firstTokensPerParam, lastTokensPerParam, k, checkpoints);
                rows.Add(new Observation(n, d, Compute.Flops(n, d), Loss(n, d), named ? $"m{s:00}" : null, Step: k, SourceRow: rows.Count + 1));
            }
        }
        return new ObservationTable(rows, "synthetic-curves");
    }

    /// <summary>
    /// A grid over N and D, not an IsoFLOP design: 7 sizes 0.35 dex apart from 1e8 × 5 token counts 0.5 dex apart from 1e9,
    /// loss exactly the law's, C = 6ND, which falls on a 0.05-dex lattice with no gap and no repeats.
    /// </summary>
    public static ObservationTable Grid() =>
        new([.. from i in Enumerable.Range(0, 7)
                from j in Enumerable.Range(0, 5)
                let n = 1e8 * Math.Pow(10, 0.35 * i)
                let d = 1e9 * Math.Pow(10, 0.5 * j)
                select new Observation(n, d, Compute.Flops(n, d), Loss(n, d))], "grid");

    public static double LogSpaced(double low, double high, int index, int count) =>
        Math.Exp(Math.Log(low) + index * (Math.Log(high) - Math.Log(low)) / (count - 1));
}
