using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Fitting;

/// <summary>
/// The middle of a sandwich covariance H⁻¹MH⁻¹ robust to errors shared within a run: M = Σ_runs a_g a_gᵀ with the
/// run's score s_g = Σ_{i∈g} wᵢψᵢJᵢ, bias-reduced as Bell and McCaffrey's CR2: a_g = H^½(I − A_g)^−½H^−½ s_g, A_g =
/// H^−½H_gH^−½ the run's leverage (H_g its share of the curvature). Checkpoints of one run share its offset from the law,
/// so summing rows as independent makes intervals far too narrow; and a fit pulls toward each run, so its residuals
/// understate the run's error by its leverage, which the plain cluster sum (CR1, even with G/(G − 1)) does not undo:
/// on 5–8 runs of checkpoints it covered the truth 66–86% of the time, CR2 with Student's t on G − 1 degrees of
/// freedom 82–91% (<c>CurvatureCoverageTests</c>). A run of one row is HC2: a_g = s_g/√(1 − hᵢ).
/// </summary>
internal static class ClusterMeat
{
    /// <summary>1 − leverage is kept above this, so a run that alone determines a direction (whose score there is 0) stays finite.</summary>
    private const double LeverageFloor = 1e-4;

    /// <param name="curvature">H, p × p.</param>
    /// <param name="jacobian">Each row's Jacobian on the included slots, row-major (rows × p).</param>
    /// <param name="score">Each row's wᵢψᵢ: its score is that times its Jacobian row.</param>
    /// <param name="weight">Each row's share of H: wᵢ times the objective's second derivative there.</param>
    /// <param name="runOf">The run of each row, numbered 0 … <paramref name="runs"/> − 1.</param>
    public static Matrix<double> Of(Matrix<double> curvature, double[] jacobian, double[] score, double[] weight, IReadOnlyList<int> runOf, int runs)
    {
        var p = curvature.RowCount;
        var meat = Matrix<double>.Build.Dense(p, p);
        // No slot left (all on bounds), or a flat curvature, which has no square root: FitCurvature reports either and ignores the meat.
        if (p == 0 || curvature.Diagonal().Any(d => !(d > 0 && double.IsFinite(d))))
            return meat;
        var eigen = curvature.Evd(Symmetricity.Symmetric);
        var values = eigen.EigenValues.Map(v => v.Real);
        if (values.Any(v => !(v > 0)))
            return meat;
        var vectors = eigen.EigenVectors;
        var root = vectors * Matrix<double>.Build.DenseOfDiagonalVector(values.Map(Math.Sqrt)) * vectors.Transpose();
        var inverseRoot = vectors * Matrix<double>.Build.DenseOfDiagonalVector(values.Map(v => 1 / Math.Sqrt(v))) * vectors.Transpose();
        var inverse = (inverseRoot * inverseRoot).ToArray();
        var (meatSums, runScore, runCurvature) = (new double[p, p], new double[p], new double[p, p]);
        if (runs == runOf.Count)
            return OneRowEach(inverse, jacobian, score, weight, meatSums, runScore);
        foreach (var members in Members(runOf, runs))
        {
            Array.Clear(runScore);
            Array.Clear(runCurvature);
            foreach (var i in members)
            {
                var row = jacobian.AsSpan(i * p, p);
                for (var a = 0; a < p; a++)
                {
                    runScore[a] += score[i] * row[a];
                    for (var b = 0; b < p; b++)
                        runCurvature[a, b] += weight[i] * row[a] * row[b];
                }
            }
            if (members.Length == 1)
                AddOuter(meatSums, runScore, 1 / Math.Max(1 - Quadratic(inverse, runCurvature), LeverageFloor));
            else
                AddOuter(meatSums, (root * Shrunk(inverseRoot * Matrix<double>.Build.DenseOfArray(runCurvature) * inverseRoot) * inverseRoot * Vector<double>.Build.Dense(runScore)).AsArray(), 1);
        }
        return Matrix<double>.Build.DenseOfArray(meatSums);
    }

    // Final values, every run one row (HC2), without grouping: a million rows would otherwise make a million lists.
    private static Matrix<double> OneRowEach(double[,] inverse, double[] jacobian, double[] score, double[] weight, double[,] meatSums, double[] rowScore)
    {
        var p = rowScore.Length;
        for (var i = 0; i < score.Length; i++)
        {
            var row = jacobian.AsSpan(i * p, p);
            var leverage = 0.0;
            for (var a = 0; a < p; a++)
            {
                rowScore[a] = score[i] * row[a];
                for (var b = 0; b < p; b++)
                    leverage += inverse[a, b] * row[a] * row[b];
            }
            AddOuter(meatSums, rowScore, 1 / Math.Max(1 - weight[i] * leverage, LeverageFloor));
        }
        return Matrix<double>.Build.DenseOfArray(meatSums);
    }

    // A lone row's leverage wᵢJᵢᵀH⁻¹Jᵢ: the trace of H⁻¹ times its curvature wᵢJᵢJᵢᵀ.
    private static double Quadratic(double[,] inverse, double[,] rowCurvature)
    {
        var sum = 0.0;
        for (var a = 0; a < inverse.GetLength(0); a++)
        {
            for (var b = 0; b < inverse.GetLength(1); b++)
                sum += inverse[a, b] * rowCurvature[b, a];
        }
        return sum;
    }

    private static void AddOuter(double[,] sums, double[] vector, double scale)
    {
        for (var a = 0; a < vector.Length; a++)
        {
            for (var b = 0; b < vector.Length; b++)
                sums[a, b] += scale * vector[a] * vector[b];
        }
    }

    // (I − A)^−½ for a symmetric A with eigenvalues in [0, 1].
    private static Matrix<double> Shrunk(Matrix<double> leverage)
    {
        var eigen = leverage.Evd(Symmetricity.Symmetric);
        var factors = eigen.EigenValues.Map(v => 1 / Math.Sqrt(Math.Max(1 - v.Real, LeverageFloor)));
        return eigen.EigenVectors * Matrix<double>.Build.DenseOfDiagonalVector(factors) * eigen.EigenVectors.Transpose();
    }

    // The rows of each run, in row order.
    private static int[][] Members(IReadOnlyList<int> runOf, int runs)
    {
        var lists = Enumerable.Range(0, runs).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < runOf.Count; i++)
            lists[runOf[i]].Add(i);
        return [.. lists.Select(l => l.ToArray())];
    }
}
