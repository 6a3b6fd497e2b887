using System.Collections.Immutable;

namespace ScalingLaws.Prediction;

/// <summary>
/// What a backtest did at one cut point: the fit (or why it failed), the ranges it was fitted on, and
/// the error model its intervals used, measured on earlier cuts only.
/// </summary>
/// <param name="Values">The fitted parameters in natural units; empty when the fit failed.</param>
/// <param name="Failure">Why the fit failed, or null.</param>
/// <param name="Model">The error model of this cut's intervals; null when the fit failed.</param>
public sealed record BacktestFit(
    BacktestCut Cut, ImmutableArray<double> Values, FittedRanges? Ranges, ExtrapolationErrorModel? Model, string? Failure)
{
    public bool Succeeded => Failure is null;
}
