namespace ScalingLaws.Planning;

/// <summary>
/// The compute-optimal allocation when only <see cref="UniqueTokens"/> unique tokens exist, beside the
/// allocation with unlimited fresh data, and what the limit costs in loss.
/// </summary>
public sealed record ConstrainedAllocation(Allocation Constrained, Allocation Unlimited, double UniqueTokens)
{
    /// <summary>How many times the data is seen: D*/U (below 1 when the data is not all used).</summary>
    public double Epochs => Constrained.Tokens / UniqueTokens;

    /// <summary>The loss the limit adds at this budget, L*(C, U) − L*(C, ∞); zero when the data suffices.</summary>
    public double LossCost => Constrained.Loss - Unlimited.Loss;
}
