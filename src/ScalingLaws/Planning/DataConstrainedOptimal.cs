using MathNet.Numerics;

namespace ScalingLaws.Planning;

/// <summary>
/// Compute-optimal allocation under the data-constrained law (Muennighoff et al. 2023) along C = 6ND with
/// U unique tokens. Where the unlimited optimum needs no more than U tokens it is also the constrained one
/// (the law never predicts below Chinchilla's, and equals it there), in closed form; otherwise ln N is
/// searched: a grid brackets the minimum, golden section refines it.
/// </summary>
public sealed class DataConstrainedOptimal
{
    // The grid spans N*(unlimited)/1e4 .. N*(unlimited)·1e2, every 1/20 of a decade: the published constants put
    // the repeated-data optimum below the unlimited one, a law with a small R_D* and a large R_N* above it, and the
    // loss along C has kinks (at D = U and at N = M) that a local search alone could stall on.
    private const double DecadesBelow = 4, DecadesAbove = 2, PointsPerDecade = 20;

    private readonly double[] _values;

    /// <summary>The allocation under a data-constrained law's values (E, A, B, α, β, R_D*, R_N*).</summary>
    public DataConstrainedOptimal(IReadOnlyList<double> values)
    {
        _values = [.. values];
        Unlimited = new ComputeOptimal(values);
    }

    /// <summary>Chinchilla's closed form on the law's E, A, B, alpha, beta: the allocation with unlimited fresh data.</summary>
    public ComputeOptimal Unlimited { get; }

    /// <summary>The law's loss with <paramref name="uniqueTokens"/> unique tokens repeated to <paramref name="tokens"/>.</summary>
    public double Loss(double parameters, double tokens, double uniqueTokens) =>
        DataConstrainedLaw.Instance.Predict(_values, parameters, tokens, uniqueTokens);

    /// <summary>The lowest-loss N and D for <paramref name="flops"/> FLOPs with <paramref name="uniqueTokens"/> unique tokens.</summary>
    public ConstrainedAllocation ForFlops(double flops, double uniqueTokens)
    {
        if (!(flops > 0 && double.IsFinite(flops)))
            throw new ScalingLawsException($"the compute budget must be a positive number, not {flops:G4}.");
        if (!(uniqueTokens > 0 && double.IsFinite(uniqueTokens)))
            throw new ScalingLawsException($"{Setting.UniqueTokens} {uniqueTokens:G4}: the unique tokens must be a positive number.");
        var unlimited = Unlimited.ForFlops(flops);
        if (unlimited.Tokens <= uniqueTokens)
            return new ConstrainedAllocation(unlimited, unlimited, uniqueTokens);
        var lnN = MinimumLogParams(flops, uniqueTokens, Math.Log(unlimited.Params));
        var parameters = Math.Exp(lnN);
        var tokens = Compute.Tokens(flops, parameters);
        return new ConstrainedAllocation(new Allocation(flops, parameters, tokens, Loss(parameters, tokens, uniqueTokens)), unlimited, uniqueTokens);
    }

    /// <summary>
    /// The least compute whose constrained optimum reaches <paramref name="loss"/>: the optimal loss falls as C grows,
    /// so ln C is bisected between the unlimited-data answer (never more than is needed) and a budget that reaches it.
    /// With U fixed the loss cannot fall below the floor where repeats and extra parameters stop paying.
    /// </summary>
    public ConstrainedAllocation ForLoss(double loss, double uniqueTokens)
    {
        var floor = Floor(uniqueTokens);
        if (!(loss > floor))
            throw new ScalingLawsException(
                $"{Setting.TargetLoss} {loss:G4} is out of reach with {Setting.UniqueTokens} {QuantityFormat.Count(uniqueTokens)}: however much compute, repeating that data and growing the model cannot bring the loss below {floor:G6}.");
        var low = Math.Log(Unlimited.ForLoss(loss).Flops);
        var high = low;
        while (ForFlops(Math.Exp(high), uniqueTokens).Constrained.Loss > loss)
            high += Math.Log(2);
        for (var i = 0; i < 200 && high - low > 1e-12; i++)
        {
            var middle = (low + high) / 2;
            if (ForFlops(Math.Exp(middle), uniqueTokens).Constrained.Loss > loss)
                low = middle;
            else
                high = middle;
        }
        return ForFlops(Math.Exp(high), uniqueTokens);
    }

    // The limit as N and D grow without bound: R_N and R_D → ∞, so N' → M(1 + R_N*) and D' → U(1 + R_D*).
    private double Floor(double uniqueTokens) => Loss(1e30, uniqueTokens * 1e15, uniqueTokens);

    private double MinimumLogParams(double flops, double uniqueTokens, double lnUnlimited)
    {
        double LossAt(double lnN) => Loss(Math.Exp(lnN), Compute.Tokens(flops, Math.Exp(lnN)), uniqueTokens);
        var step = Math.Log(10) / PointsPerDecade;
        var count = (int)((DecadesBelow + DecadesAbove) * PointsPerDecade) + 1;
        var start = lnUnlimited - DecadesBelow * Math.Log(10);
        var best = 0;
        var bestLoss = double.PositiveInfinity;
        for (var i = 0; i < count; i++)
        {
            var loss = LossAt(start + i * step);
            if (loss < bestLoss)
                (best, bestLoss) = (i, loss);
        }
        var lower = start + Math.Max(best - 1, 0) * step;
        var upper = start + Math.Min(best + 1, count - 1) * step;
        return FindMinimum.OfScalarFunctionConstrained(LossAt, lower, upper, 1e-12);
    }
}
