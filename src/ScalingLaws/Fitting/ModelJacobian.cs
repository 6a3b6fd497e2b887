namespace ScalingLaws.Fitting;

/// <summary>
/// Reads the Jacobian a model wrote for a block, full or factored (<see cref="IFitModel.Factors"/>), so that the
/// objective, the residuals and the curvature need not know which.
/// </summary>
internal static class ModelJacobian
{
    /// <summary>The buffer length <see cref="IFitModel.Predict"/> needs for a block of <paramref name="rows"/> rows.</summary>
    public static int Length(IFitModel model, int rows)
    {
        var (q, k) = (model.Factors, model.Parameters.Length);
        return q > 0 ? q * rows + q * k : rows * k;
    }

    /// <summary>The longest block's buffer length.</summary>
    public static int LongestLength(IFitModel model) =>
        Enumerable.Range(0, model.BlockCount).Max(b => Length(model, model.Block(b).Length));

    /// <summary>Adds Σᵢ cᵢ·∂predictionᵢ/∂θ to <paramref name="thetaGradient"/>.</summary>
    public static void AddWeighted(IFitModel model, ReadOnlySpan<double> jacobian, ReadOnlySpan<double> coefficient, Span<double> thetaGradient)
    {
        var (n, q, k) = (coefficient.Length, model.Factors, thetaGradient.Length);
        if (q == 0)
        {
            for (var j = 0; j < k; j++)
                thetaGradient[j] += System.Numerics.Tensors.TensorPrimitives.Dot(coefficient, jacobian.Slice(j * n, n));
            return;
        }
        var chain = jacobian.Slice(q * n, q * k);
        for (var m = 0; m < q; m++)
        {
            var byFactor = System.Numerics.Tensors.TensorPrimitives.Dot(coefficient, jacobian.Slice(m * n, n));
            for (var j = 0; j < k; j++)
                thetaGradient[j] += byFactor * chain[m * k + j];
        }
    }

    /// <summary>Row <paramref name="i"/> of the Jacobian, ∂predictionᵢ/∂θ, for a block of <paramref name="n"/> rows.</summary>
    public static void Row(IFitModel model, ReadOnlySpan<double> jacobian, int n, int i, Span<double> thetaRow)
    {
        var (q, k) = (model.Factors, thetaRow.Length);
        if (q == 0)
        {
            for (var j = 0; j < k; j++)
                thetaRow[j] = jacobian[j * n + i];
            return;
        }
        var chain = jacobian.Slice(q * n, q * k);
        thetaRow.Clear();
        for (var m = 0; m < q; m++)
        {
            var byFactor = jacobian[m * n + i];
            for (var j = 0; j < k; j++)
                thetaRow[j] += byFactor * chain[m * k + j];
        }
    }
}
