using MathNet.Numerics;
using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Planning;

/// <summary>
/// Compute-optimal allocation under the data-constrained law (Muennighoff et al. 2023) along C = 6ND with
/// U unique tokens. Where the unlimited optimum needs no more than U tokens it is also the constrained one
/// (the law never predicts below Chinchilla's, and equals it there), in closed form; otherwise ln N is
/// searched: a grid brackets the minimum, golden section refines it.
/// </summary>
public sealed class DataConstrainedOptimal
{
    // The grid spans N*(unlimited)/1e4 .. N*(unlimited)·1e2, every 1/20 of a decade: the repeated-data optimum
    // lies below the unlimited one in the authors' results, and the loss along C has kinks (at D = U and at
    // N = M) that a local search alone could stall on.
    private const double DecadesBelow = 4, DecadesAbove = 2, PointsPerDecade = 20;

    private readonly double[] _values;

    public DataConstrainedOptimal(IReadOnlyList<double> values)
    {
        _values = [.. values];
        Unlimited = new ComputeOptimal(values);
    }

    /// <summary>Chinchilla's closed form on the law's E, A, B, alpha, beta: the allocation with unlimited fresh data.</summary>
    public ComputeOptimal Unlimited { get; }

    public double Loss(double parameters, double tokens, double uniqueTokens) =>
        DataConstrainedLaw.Instance.Predict(_values, parameters, tokens, uniqueTokens);

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
