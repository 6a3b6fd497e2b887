namespace ScalingLaws.Temporal.Synthetic;

/// <summary>A generated run and the true reciprocal-law parameters behind each checkpoint, for checking recovery.</summary>
public sealed record SyntheticRun(PositionLosses Losses, ImmutableArray<(double A0, double A1, double A2)> TrueParameters, SyntheticRunSettings Settings);
