using MathNet.Numerics.LinearAlgebra;

namespace ScalingLaws.Fitting;

/// <summary>Builds <see cref="FitCurvature"/> at an optimum from the model's analytic Jacobian, row by row.</summary>
internal static class CurvatureEstimator
{
    /// <summary>The curvature and covariance at <paramref name="z"/>, leaving out slots whose parameter sits on a bound.</summary>
    public static FitCurvature At(IFitModel model, ParameterLayout layout, FitObjective kind, double delta, ReadOnlySpan<double> z, double[]? weights = null)
    {
        var k = layout.FreeCount;
        var theta = new double[layout.ParameterCount];
        layout.Expand(z, theta);
        var included = Enumerable.Range(0, k).Select(s => layout.BoundsOf(s).HitBy(theta[layout.SlotOwners[s]]) == BoundHit.None).ToArray();
        var slots = Enumerable.Range(0, k).Where(s => included[s]).ToArray();
        var p = slots.Length;
        var curvature = Matrix<double>.Build.Dense(p, p);
        var meat = Matrix<double>.Build.Dense(p, p);
        var (squares, rows) = (0.0, 0.0);
        var row = new double[p];
        foreach (var (residual, weight, inside, jacobian) in Rows(model, layout, kind, delta, theta, weights))
        {
            for (var a = 0; a < p; a++)
                row[a] = jacobian[slots[a]];
            var psi = kind == FitObjective.HuberLog ? RowTerms.Psi(residual, delta) : residual;
            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < p; b++)
                {
                    if (inside)
                        curvature[a, b] += weight * row[a] * row[b];
                    meat[a, b] += weight * psi * psi * row[a] * row[b];
                }
            }
            squares += weight * residual * residual;
            rows += weight;
        }
        return kind == FitObjective.HuberLog
            ? FitCurvature.From(curvature, meat, 1, included)
            : FitCurvature.From(curvature, null, squares / Math.Max(1, rows - layout.FreeCount), included);
    }

    /// <summary>
    /// Each row's residual on the objective's scale (ln y − ln ŷ for Huber, y − ŷ for least squares), its weight,
    /// whether it is inside the Huber threshold, and the Jacobian of the prediction on that scale over the free slots.
    /// </summary>
    private static IEnumerable<(double Residual, double Weight, bool Inside, double[] Jacobian)> Rows(
        IFitModel model, ParameterLayout layout, FitObjective kind, double delta, double[] theta, double[]? weights)
    {
        var k = layout.ParameterCount;
        var block = Enumerable.Range(0, model.BlockCount).Max(b => model.Block(b).Length);
        var (prediction, jacobian, scratch) = (new double[block], new double[ModelJacobian.LongestLength(model)], new double[model.ScratchLength]);
        var (thetaRow, slotRow) = (new double[k], new double[layout.FreeCount]);
        for (var b = 0; b < model.BlockCount; b++)
        {
            var (start, n) = model.Block(b);
            model.Predict(theta, b, prediction.AsSpan(0, n), jacobian.AsSpan(0, ModelJacobian.Length(model, n)), scratch);
            for (var i = 0; i < n; i++)
            {
                var (residual, chain) = Residual(model, kind, start + i, prediction[i]);
                ModelJacobian.Row(model, jacobian, n, i, thetaRow);
                for (var j = 0; j < k; j++)
                    thetaRow[j] *= chain;
                layout.SumIntoSlots(thetaRow, slotRow);
                var inside = kind != FitObjective.HuberLog || Math.Abs(residual) <= delta;
                yield return (residual, weights?[start + i] ?? 1.0, inside, slotRow);
            }
        }
    }

    // The residual on the objective's scale and the factor taking the model's Jacobian to that scale.
    private static (double Residual, double Chain) Residual(IFitModel model, FitObjective kind, int row, double prediction)
    {
        var log = model.Scale == PredictionScale.Log;
        if (kind == FitObjective.HuberLog)
            return log ? (model.LogObserved.Span[row] - prediction, 1.0) : (model.LogObserved.Span[row] - Math.Log(prediction), 1.0 / prediction);
        var raw = log ? Math.Exp(prediction) : prediction;
        return (model.Observed.Span[row] - raw, log ? raw : 1.0);
    }
}
