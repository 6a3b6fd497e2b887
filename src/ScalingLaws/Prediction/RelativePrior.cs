namespace ScalingLaws.Prediction;

/// <summary>
/// The extrapolation-error model of a table too small to backtest, in units of the fit's own
/// <see cref="ResidualScale"/> s: σ(d) = s·sqrt(a0² + (k′·d)²) on ln L, ×<see cref="Multiplier"/> for 95%.
/// A sweep that fits its own runs closely gets narrow intervals, a noisy one wide intervals; the shape
/// (a0, k′, multiplier) is measured across sweeps (<see cref="HitchhikerPrior"/>).
/// </summary>
/// <param name="Sigma0">a0: the error next to the data, in residual scales.</param>
/// <param name="Slope">k′: the growth per unit of relative distance, in residual scales.</param>
/// <param name="Multiplier">Half-width of the 95% interval in units of σ.</param>
/// <param name="CutPoints">Backtest fits the shape was measured on.</param>
/// <param name="Runs">Held-out runs it was measured on.</param>
public sealed record RelativePrior(double Sigma0, double Slope, double Multiplier, int CutPoints, double Runs)
{
    /// <summary>The error model of a fit whose residual scale is <paramref name="residualScale"/> (σ0 at least <see cref="ErrorModelEstimator.Sigma0Floor"/>).</summary>
    public ExtrapolationErrorModel For(double residualScale) => new(
        Math.Max(Sigma0 * residualScale, ErrorModelEstimator.Sigma0Floor), Slope * residualScale, Multiplier, ErrorModelSource.Prior, CutPoints, Runs);

    /// <summary>The shape as an error model in residual scales (s = 1), for the estimator that measures it.</summary>
    public ExtrapolationErrorModel Unit => new(Sigma0, Slope, Multiplier, ErrorModelSource.Prior, CutPoints, Runs);

    /// <summary>The shape measured by the estimator on errors divided by their fit's residual scale.</summary>
    public static RelativePrior Of(ExtrapolationErrorModel unit) => new(unit.Sigma0, unit.Slope, unit.Multiplier, unit.CutPoints, unit.Runs);
}
