using MathNet.Numerics.LinearAlgebra;
using ScalingLaws.Data;

namespace ScalingLaws.Fitting;

/// <summary>Builds <see cref="FitCurvature"/> at an optimum from the model's analytic Jacobian, row by row.</summary>
internal static class CurvatureEstimator
{
    /// <summary>The curvature and covariance at <paramref name="z"/>, leaving out slots whose parameter sits on a bound.</summary>
    /// <param name="runs">The run of each row, when known: the covariance is then robust to errors a run's rows share
    /// (<see cref="ClusterMeat"/>) for the Huber objective always and for least squares when some run has several rows.</param>
    public static FitCurvature At(IFitModel model, ParameterLayout layout, FitObjective kind, double delta, ReadOnlySpan<double> z, double[]? weights = null, RunIndex? runs = null)
    {
        var (k, free) = (layout.ParameterCount, layout.FreeCount);
        var theta = new double[k];
        layout.Expand(z, theta);
        var included = Enumerable.Range(0, free).Select(s => layout.BoundsOf(s).HitBy(theta[layout.SlotOwners[s]]) == BoundHit.None).ToArray();
        var slots = Enumerable.Range(0, free).Where(s => included[s]).ToArray();
        var p = slots.Length;
        var (curvature, meat) = (new double[p, p], new double[p, p]);
        var (squares, rows) = (0.0, 0.0);
        var block = Enumerable.Range(0, model.BlockCount).Max(b => model.Block(b).Length);
        var (prediction, jacobian, scratch) = (new double[block], new double[ModelJacobian.LongestLength(model)], new double[model.ScratchLength]);
        var (thetaRow, slotRow, row) = (new double[k], new double[free], new double[p]);
        var byRun = ByRun(runs, model.Observed.Length, kind);
        // Each row's Jacobian, score coefficient and curvature weight, for summing by run after the pass.
        var stored = byRun is null ? 0 : model.Observed.Length;
        var (rowJacobians, rowScores, rowCurvatures) = (new double[stored * p], new double[stored], new double[stored]);
        for (var b = 0; b < model.BlockCount; b++)
        {
            var (start, n) = model.Block(b);
            model.Predict(theta, b, prediction.AsSpan(0, n), jacobian.AsSpan(0, ModelJacobian.Length(model, n)), scratch);
            for (var i = 0; i < n; i++)
            {
                var (residual, chain) = Residual(model, kind, start + i, prediction[i]);
                ModelJacobian.Row(model, jacobian, n, i, thetaRow);
                layout.SumIntoSlots(thetaRow, slotRow);
                for (var a = 0; a < p; a++)
                    row[a] = chain * slotRow[slots[a]];
                var weight = weights?[start + i] ?? 1.0;
                // Huber's second derivative is 1 inside the threshold and 0 outside; least squares is all inside.
                var inside = kind != FitObjective.HuberLog || Math.Abs(residual) <= delta;
                var psi = kind == FitObjective.HuberLog ? RowTerms.Psi(residual, delta) : residual;
                Accumulate(curvature, row, inside ? weight : 0);
                if (byRun is not null)
                {
                    (rowScores[start + i], rowCurvatures[start + i]) = (weight * psi, inside ? weight : 0);
                    row.CopyTo(rowJacobians, (start + i) * p);
                }
                // Only Huber's row sandwich uses the row meat (with runs, for the covariance predictions take).
                if (kind == FitObjective.HuberLog)
                    Accumulate(meat, row, weight * psi * psi);
                squares += weight * residual * residual;
                rows += weight;
            }
        }
        var h = Matrix<double>.Build.DenseOfArray(curvature);
        var byRows = kind == FitObjective.HuberLog ? FitCurvature.From(h, Matrix<double>.Build.DenseOfArray(meat), 1, included)
            : FitCurvature.From(h, null, squares / Math.Max(1, rows - free), included);
        var result = byRun is not null ? FitCurvature.From(h, ClusterMeat.Of(h, rowJacobians, rowScores, rowCurvatures, byRun.RunOf, byRun.Count), 1, included) : byRows;
        return result with
        {
            PredictionCovariance = byRows.Covariance,
            DegreesOfFreedom = byRun is { HasCheckpoints: true } ? byRun.Count - 1 : model.Observed.Length - free,
            Runs = byRun is { HasCheckpoints: true } ? byRun.Count : 0,
        };
    }

    // The runs to sum scores over: for Huber's sandwich always (a table of final values by row, bias-reduced), for least
    // squares only when a run has several rows (s²H⁻¹ stays for final values, as curve_fit gives it); none for fewer than
    // 2 runs, whose scores sum to the zero gradient.
    private static RunIndex? ByRun(RunIndex? runs, int rows, FitObjective kind) =>
        runs is not null && runs.Rows == rows && runs.Count >= 2 && (kind == FitObjective.HuberLog || runs.HasCheckpoints) ? runs : null;

    private static void Accumulate(double[,] matrix, double[] row, double weight)
    {
        if (weight == 0)
            return;
        for (var a = 0; a < row.Length; a++)
        {
            for (var b = 0; b < row.Length; b++)
                matrix[a, b] += weight * row[a] * row[b];
        }
    }

    // The residual on the objective's scale (ln y − ln ŷ for Huber, y − ŷ for least squares) and the factor taking
    // the model's Jacobian to that scale.
    private static (double Residual, double Chain) Residual(IFitModel model, FitObjective kind, int row, double prediction)
    {
        var log = model.Scale == PredictionScale.Log;
        if (kind == FitObjective.HuberLog)
            return log ? (model.LogObserved.Span[row] - prediction, 1.0) : (model.LogObserved.Span[row] - Math.Log(prediction), 1.0 / prediction);
        var raw = log ? Math.Exp(prediction) : prediction;
        return (model.Observed.Span[row] - raw, log ? raw : 1.0);
    }
}
