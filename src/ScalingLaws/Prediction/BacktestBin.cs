namespace ScalingLaws.Prediction;

/// <summary>
/// Held-out predictions whose extrapolation factor lies in (<see cref="LowerFactor"/>, <see cref="UpperFactor"/>]
/// (a factor of 1 is inside the data), and how well their predictive intervals covered them.
/// </summary>
public sealed record BacktestBin(double LowerFactor, double UpperFactor, HeldOutCoverage HeldOut);
