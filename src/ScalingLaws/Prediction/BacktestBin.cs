namespace ScalingLaws.Prediction;

/// <summary>
/// Held-out predictions whose extrapolation factor lies in (<see cref="LowerFactor"/>, <see cref="UpperFactor"/>]
/// (a factor of 1 is inside the data): how many runs, how often the predictive interval covered them,
/// their mean relative error and the interval's mean relative half-width.
/// </summary>
public sealed record BacktestBin(
    double LowerFactor, double UpperFactor, int Rows, double Runs, double Coverage, double MeanRelativeError, double MeanRelativeHalfWidth);
