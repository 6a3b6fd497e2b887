using ScalingLaws.Data;

namespace ScalingLaws.Tests.Planning;

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

    public static double LogSpaced(double low, double high, int index, int count) =>
        Math.Exp(Math.Log(low) + index * (Math.Log(high) - Math.Log(low)) / (count - 1));
}
