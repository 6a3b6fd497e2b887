namespace ScalingLaws.Planning;

/// <summary>
/// How an allocation varies over bootstrap resamples (<see cref="Resamples"/> counts those that had one), or by the delta method
/// from the fit's curvature (<see cref="ByDeltaMethod"/>; no resamples).
/// </summary>
public sealed record AllocationSpread(
    Uncertainty.Uncertainty Flops,
    Uncertainty.Uncertainty Params,
    Uncertainty.Uncertainty Tokens,
    Uncertainty.Uncertainty Loss,
    Uncertainty.Uncertainty TokensPerParam,
    int Resamples)
{
    /// <summary>Whether the spread is the delta method's (<see cref="AllocationDeltaMethod"/>) rather than resamples'.</summary>
    public bool ByDeltaMethod { get; init; }
}
