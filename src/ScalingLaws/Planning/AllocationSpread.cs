namespace ScalingLaws.Planning;

/// <summary>How an allocation varies over bootstrap resamples; <see cref="Resamples"/> counts those that had one.</summary>
public sealed record AllocationSpread(
    Uncertainty.Uncertainty Flops,
    Uncertainty.Uncertainty Params,
    Uncertainty.Uncertainty Tokens,
    Uncertainty.Uncertainty Loss,
    Uncertainty.Uncertainty TokensPerParam,
    int Resamples);
