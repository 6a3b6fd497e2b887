namespace ScalingLaws.Estimation.SweepPlanning;

/// <summary>One training run of a sweep: its size, tokens and compute (6ND); <see cref="IsTarget"/> for the partial run of the target itself.</summary>
public sealed record PlannedSweepRun(double Params, double Tokens, double Flops, bool IsTarget);
