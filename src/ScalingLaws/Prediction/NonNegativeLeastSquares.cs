using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Prediction;

/// <summary>
/// Weighted least squares with every coefficient kept ≥ 0, for the two or three coefficients of an error model's shape
/// (<see cref="ErrorModelEstimator"/>). The minimum of a convex quadratic over θ ≥ 0 is the unconstrained minimum over its own
/// support (the coefficients left free, the others at 0), so it is the best of those minima that are ≥ 0; with k ≤ 3 coefficients
/// the 2^k − 1 supports are cheap to try all.
/// </summary>
internal static class NonNegativeLeastSquares
{
    /// <summary>θ ≥ 0 minimising Σ w·(x·θ − y)² over <paramref name="rows"/>, each row its regressors x, target y and weight w.</summary>
    public static double[] Solve(IReadOnlyList<(double[] X, double Y, double Weight)> rows)
    {
        var k = rows[0].X.Length;
        var normal = Matrix<double>.Build.Dense(k, k);
        var right = Vector<double>.Build.Dense(k);
        foreach (var (x, y, w) in rows)
            for (var i = 0; i < k; i++)
            {
                right[i] += w * x[i] * y;
                for (var j = 0; j < k; j++)
                    normal[i, j] += w * x[i] * x[j];
            }
        var best = new double[k];
        var bestLoss = 0.0; // θ = 0; the loss below is Σ w·(x·θ − y)² − Σ w·y²
        for (var support = 1; support < 1 << k; support++)
        {
            var free = Enumerable.Range(0, k).Where(j => (support >> j & 1) == 1).ToArray();
            var solution = Matrix<double>.Build.Dense(free.Length, free.Length, (i, j) => normal[free[i], free[j]]).Solve(Vector<double>.Build.Dense(free.Length, i => right[free[i]]));
            if (solution.Any(v => !(v >= 0 && double.IsFinite(v))))
                continue;
            var loss = -solution.Select((v, i) => v * right[free[i]]).Sum(); // θᵀAθ − 2rᵀθ at Aθ = r on the support
            if (loss >= bestLoss)
                continue;
            best = new double[k];
            for (var i = 0; i < free.Length; i++)
                best[free[i]] = solution[i];
            bestLoss = loss;
        }
        return best;
    }
}
