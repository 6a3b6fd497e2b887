using ScalingLaws.Data;
using ScalingLaws.Laws;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests;

/// <summary>Synthetic observation tables drawn from a known law, for recovery and gradient tests.</summary>
internal static class Synthetic
{
    /// <summary>Chinchilla-like truth used across the tests: E = 1.8, A = 400, B = 1500, α = 0.33, β = 0.3.</summary>
    public static double[] Chinchilla => [1.8, 400, 1500, 0.33, 0.3];

    /// <summary>Kaplan et al. (2020) Table 1 values: Nc = 6.4e13, Dc = 1.8e13, αN = 0.076, αD = 0.103.</summary>
    public static double[] Kaplan => [6.4e13, 1.8e13, 0.076, 0.103];

    /// <summary>
    /// A grid sweep: <paramref name="sizes"/> model sizes log-spaced over 1e7..3e9 times
    /// <paramref name="tokenCounts"/> token counts log-spaced over 1e8..1e11, C = 6ND, and loss equal to
    /// the law's prediction times exp(σ·z) with z standard normal from a seeded generator
    /// (multiplicative log-normal noise; σ = 0 gives exact values).
    /// </summary>
    public static ObservationTable Sweep(ScalingLaw law, double[] truth, double sigma, int seed = 1, int sizes = 6, int tokenCounts = 8)
    {
        var random = new Random(seed);
        var rows = new List<Observation>();
        for (var i = 0; i < sizes; i++)
        {
            for (var j = 0; j < tokenCounts; j++)
            {
                var n = 1e7 * Math.Pow(300, i / (double)(sizes - 1));
                var d = 1e8 * Math.Pow(1000, j / (double)(tokenCounts - 1));
                var loss = Predict(law, truth, n, d) * Math.Exp(sigma * StandardNormal.Draw(random));
                rows.Add(new Observation(n, d, 6 * n * d, loss, SourceRow: rows.Count + 1));
            }
        }
        return new ObservationTable(rows, "synthetic");
    }

    /// <summary>
    /// <paramref name="count"/> Chinchilla-law rows at random N in 1e7..3e9 and D in 1e8..1e11 (log-uniform), C = 6ND,
    /// loss times exp(σ·z) with z standard normal, all from one seeded generator: a large table with no repeating pattern.
    /// </summary>
    public static ObservationTable Scattered(double[] truth, int count, double sigma, int seed)
    {
        var random = new Random(seed);
        var rows = new Observation[count];
        for (var i = 0; i < rows.Length; i++)
        {
            var n = Math.Exp(Math.Log(1e7) + random.NextDouble() * Math.Log(300));
            var d = Math.Exp(Math.Log(1e8) + random.NextDouble() * Math.Log(1000));
            rows[i] = new Observation(n, d, 6 * n * d, ChinchillaLaw.Instance.Predict(truth, n, d) * Math.Exp(sigma * StandardNormal.Draw(random)));
        }
        return new ObservationTable(rows, "large");
    }

    /// <summary>The law's loss at (N, D), choosing x = N, D or C = 6ND for one-variable laws.</summary>
    public static double Predict(ScalingLaw law, double[] values, double n, double d) =>
        law.Inputs.Length == 2
            ? law.Predict(values, n, d)
            : law.Predict(values, law.Inputs[0] switch
            {
                Field.Params => n,
                Field.Tokens => d,
                _ => 6 * n * d,
            });
}
