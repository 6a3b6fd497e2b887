using ScalingLaws.Laws;

namespace ScalingLaws.Planning;

/// <summary>
/// Intervals of compute-optimal allocations without a bootstrap: the delta method on ln C, ln N*, ln D*, ln L* and ln(D*/N*)
/// over the fit's curvature covariance (fitting scale, the Chinchilla law's order), each interval exp(ln x ± 1.96·σ), as
/// <c>predict</c> gives a loss's. The derivatives are central differences of the closed-form allocation, smooth in θ. A law
/// file fitted without <c>--bootstrap</c> so gets intervals on N* and D*, not the point alone.
/// </summary>
/// <param name="values">The Chinchilla law's fitted values, natural units.</param>
/// <param name="covariance">Their covariance on the fitting scale (<see cref="Prediction.ParameterUncertainty.PredictionCovariance"/>).</param>
public sealed class AllocationDeltaMethod(IReadOnlyList<double> values, double[,] covariance) : AllocationSpreads
{
    // On the fitting scale (ln E, ln A, ln B, α, β) a step of 1e-5 keeps the truncation error far below the standard errors.
    private const double Step = 1e-5;
    private const int Quantities = 5;

    /// <inheritdoc/>
    public override AllocationSpread Of(Func<ComputeOptimal, Allocation?> allocate)
    {
        var law = ChinchillaLaw.Instance;
        var theta = law.ToInternal([.. values]);
        var centre = covariance.GetLength(0) == theta.Length && covariance.GetLength(1) == theta.Length ? Logs(allocate, values) : null;
        var gradients = new double[theta.Length][];
        for (var j = 0; j < theta.Length && centre is not null; j++)
        {
            var (plus, minus) = (Logs(allocate, Shifted(law, theta, j, Step)), Logs(allocate, Shifted(law, theta, j, -Step)));
            gradients[j] = plus is null || minus is null ? [.. Enumerable.Repeat(double.NaN, Quantities)] : [.. plus.Zip(minus, (p, m) => (p - m) / (2 * Step))];
        }
        var spread = Enumerable.Range(0, Quantities).Select(q => centre is null ? Uncertainty.Uncertainty.None : Interval(centre[q], Sigma(gradients, q))).ToArray();
        return new AllocationSpread(spread[0], spread[1], spread[2], spread[3], spread[4], 0) { ByDeltaMethod = true };
    }

    // sqrt(gᵀ Σ g) for the gradient of quantity q.
    private double Sigma(double[][] gradients, int q)
    {
        var variance = 0.0;
        for (var i = 0; i < gradients.Length; i++)
        {
            for (var j = 0; j < gradients.Length; j++)
                variance += gradients[i][q] * covariance[i, j] * gradients[j][q];
        }
        return variance >= 0 ? Math.Sqrt(variance) : double.NaN;
    }

    private static Uncertainty.Uncertainty Interval(double log, double sigma) => double.IsFinite(sigma)
        ? new(Math.Exp(log), Math.Exp(log) * sigma, Math.Exp(log - Prediction.ExtrapolationErrorModel.NormalMultiplier * sigma), Math.Exp(log + Prediction.ExtrapolationErrorModel.NormalMultiplier * sigma))
        : Uncertainty.Uncertainty.None;

    private static double[] Shifted(ChinchillaLaw law, double[] theta, int j, double step)
    {
        var shifted = (double[])theta.Clone();
        shifted[j] += step;
        return law.ToNatural(shifted);
    }

    // ln of (C, N*, D*, L*, D*/N*) under the law of these values; null where it has no allocation.
    private static double[]? Logs(Func<ComputeOptimal, Allocation?> allocate, IReadOnlyList<double> natural)
    {
        try
        {
            return allocate(new ComputeOptimal(natural)) is { } a ? [Math.Log(a.Flops), Math.Log(a.Params), Math.Log(a.Tokens), Math.Log(a.Loss), Math.Log(a.TokensPerParam)] : null;
        }
        catch (ScalingLawsException)
        {
            return null; // a shifted law with no frontier: no derivative there
        }
    }
}
