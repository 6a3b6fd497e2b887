using System.Collections.Immutable;
using ScalingLaws.Fitting;

namespace ScalingLaws.Prediction;

/// <summary>
/// What a backtest did at one cut point: the fit (or why it failed), the ranges it was fitted on, and
/// the error model its intervals used, measured on earlier cuts only.
/// </summary>
/// <param name="Values">The fitted parameters in natural units; empty when the fit failed.</param>
/// <param name="ResidualScale">The fit's <see cref="Prediction.ResidualScale"/> on its fitted rows; NaN when the fit failed.</param>
/// <param name="Failure">Why the fit failed (typed, so that a front end words the settings it names), or null.</param>
/// <param name="Status">How the fit ended (e.g. <see cref="FitStatus.IllDetermined"/> when the fitted part does not determine every parameter).</param>
/// <param name="Undetermined">The inputs along which the fit cannot extrapolate (<see cref="UndeterminedInputs"/>); held-out rows beyond the data in one of them get no interval.</param>
/// <param name="Model">The error model of this cut's intervals; null when the fit failed.</param>
public sealed record BacktestFit(
    BacktestCut Cut, ImmutableArray<double> Values, FittedRanges? Ranges, double ResidualScale, ExtrapolationErrorModel? Model, ScalingLawsException? Failure, FitStatus Status = FitStatus.Converged, ImmutableArray<Data.Field> Undetermined = default)
{
    /// <summary>Whether the fit succeeded.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>The fitted parameters on the law's fitting scale, what the held-out rows are predicted from (finite where <see cref="Values"/> overflow).</summary>
    public ImmutableArray<double> FittingValues { get; init; } = [];

    /// <summary>The inputs along which the fitted law falls nowhere on its rows (<see cref="NonFallingInputs"/>); then no held-out row beyond the data gets an interval.</summary>
    public ImmutableArray<Data.Field> NotFalling { get; init; } = [];

    /// <summary>Whether this fit determines the law at a held-out row <paramref name="distance"/> beyond its data.</summary>
    public bool Determines(ExtrapolationDistance distance) =>
        !UndeterminedInputs.Reaches(Undetermined, distance) && (NotFalling.IsDefaultOrEmpty || !distance.IsBeyondData);
}
