using ScalingLaws.Uncertainty;

namespace ScalingLaws.Planning;

/// <summary>
/// Bootstrap intervals for compute-optimal allocations: each resample's Chinchilla law is built once,
/// then every row (a budget, a target loss, a model size) is allocated under all of them and
/// summarised by selection, so a table of a thousand budgets with thousands of resamples stays fast.
/// </summary>
public sealed class AllocationUncertainty
{
    private readonly ComputeOptimal[] _laws;

    /// <summary>The allocations under every resample's law of <paramref name="bootstrap"/>.</summary>
    public AllocationUncertainty(BootstrapResult bootstrap)
    {
        // A resample with a non-positive exponent or coefficient has no frontier; it is left out.
        _laws = [.. bootstrap.Samples
            .Where(s => s.All(double.IsFinite) && s.Skip(1).All(v => v > 0))
            .Select(s => new ComputeOptimal(s))];
    }

    /// <summary>Resamples whose law is usable.</summary>
    public int Resamples => _laws.Length;

    /// <summary>The Chinchilla law of each resample that has a frontier.</summary>
    public IReadOnlyList<ComputeOptimal> Laws => _laws;

    /// <summary>
    /// The spread of one row. <paramref name="allocate"/> returns null for a resample where the row has
    /// no allocation (a target loss at or below that resample's E).
    /// </summary>
    public AllocationSpread Of(Func<ComputeOptimal, Allocation?> allocate)
    {
        var n = _laws.Length;
        double[] flops = new double[n], parameters = new double[n], tokens = new double[n], loss = new double[n], ratio = new double[n];
        var count = 0;
        foreach (var law in _laws)
        {
            if (allocate(law) is not { } a)
                continue;
            (flops[count], parameters[count], tokens[count], loss[count], ratio[count]) = (a.Flops, a.Params, a.Tokens, a.Loss, a.TokensPerParam);
            count++;
        }
        return new AllocationSpread(
            Uncertainty.Uncertainty.Summarize(flops.AsSpan(0, count)),
            Uncertainty.Uncertainty.Summarize(parameters.AsSpan(0, count)),
            Uncertainty.Uncertainty.Summarize(tokens.AsSpan(0, count)),
            Uncertainty.Uncertainty.Summarize(loss.AsSpan(0, count)),
            Uncertainty.Uncertainty.Summarize(ratio.AsSpan(0, count)),
            count);
    }

    /// <summary>N*, D* and L* for <paramref name="flops"/> FLOPs over the resamples.</summary>
    public AllocationSpread ForFlops(double flops) => Of(law => law.ForFlops(flops));

    /// <summary>N*, D* and C for a target loss over the resamples (those whose E is below it).</summary>
    public AllocationSpread ForLoss(double loss) => Of(law => loss > law.E ? law.ForLoss(loss) : null);

    /// <summary>The optimal tokens and compute for <paramref name="parameters"/> over the resamples.</summary>
    public AllocationSpread ForParams(double parameters) => Of(law => law.ForParams(parameters));

    /// <summary>The spread of any quantity of the law, e.g. a point of an IsoLoss contour or an IsoFLOP slice.</summary>
    public Uncertainty.Uncertainty Of(Func<ComputeOptimal, double> quantity)
    {
        var values = new double[_laws.Length];
        for (var i = 0; i < values.Length; i++)
            values[i] = quantity(_laws[i]);
        return Uncertainty.Uncertainty.Summarize(values);
    }

    /// <summary>Tokens on the IsoLoss contour at N (resamples that cannot reach the loss at N are left out).</summary>
    public Uncertainty.Uncertainty IsoLossTokens(double parameters, double loss) => Of(law => law.IsoLossTokens(parameters, loss));

    /// <summary>The loss of a model of size N trained on budget C.</summary>
    public Uncertainty.Uncertainty IsoFlopLoss(double parameters, double flops) => Of(law => law.IsoFlopLoss(parameters, flops));

    /// <summary>A table of budgets, rows in parallel (each row is independent).</summary>
    public AllocationSpread[] ForFlops(IReadOnlyList<double> budgets, int maxDegreeOfParallelism = -1)
    {
        var rows = new AllocationSpread[budgets.Count];
        Parallel.For(0, rows.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => rows[i] = ForFlops(budgets[i]));
        return rows;
    }
}
