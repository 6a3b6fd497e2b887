namespace ScalingLaws.Planning;

/// <summary>
/// Where the spread of a compute-optimal allocation comes from: bootstrap resamples (<see cref="AllocationUncertainty"/>) or
/// the fit's curvature by the delta method (<see cref="AllocationDeltaMethod"/>). A row is any allocation of one law; the
/// three kinds of row are the same question under each source.
/// </summary>
public abstract class AllocationSpreads
{
    /// <summary>
    /// The spread of one row. <paramref name="allocate"/> returns null for a law under which the row has no allocation
    /// (a target loss at or below its E).
    /// </summary>
    public abstract AllocationSpread Of(Func<ComputeOptimal, Allocation?> allocate);

    /// <summary>N*, D* and L* for <paramref name="flops"/> FLOPs.</summary>
    public AllocationSpread ForFlops(double flops) => Of(law => law.ForFlops(flops));

    /// <summary>N*, D* and C for a target loss (under laws whose E is below it).</summary>
    public AllocationSpread ForLoss(double loss) => Of(law => loss > law.E ? law.ForLoss(loss) : null);

    /// <summary>The optimal tokens and compute for <paramref name="parameters"/>.</summary>
    public AllocationSpread ForParams(double parameters) => Of(law => law.ForParams(parameters));
}
