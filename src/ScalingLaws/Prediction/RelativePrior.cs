namespace ScalingLaws.Prediction;

/// <summary>
/// The extrapolation-error model of a table too small to backtest, scaled by the fit's own
/// <see cref="ResidualScale"/> s: σ(d) = √s·sqrt(a0² + (k′·d)²) on ln L, ×<see cref="Multiplier"/> for 95%.
/// A sweep whose law fits its own runs closely gets narrower intervals, a noisy one wider. The error
/// beyond the data grows with the square root of s, not in proportion (<see cref="ScaleExponent"/>):
/// measured leave-one-family-out on the Hitchhiker families, Chinchilla and datablations, an absolute
/// prior (exponent 0) is 3–8× too wide on clean sweeps and one proportional to s (exponent 1) covers
/// only 45–75% of them, because held-out errors come mostly from the law's drift, which the in-sample
/// residuals only partly reveal. The constants are measured across sweeps (<see cref="HitchhikerPrior"/>).
/// </summary>
/// <param name="Sigma0">a0: the error next to the data, in units of √s.</param>
/// <param name="Slope">k′: the growth per unit of relative distance, in units of √s.</param>
/// <param name="Multiplier">Half-width of the 95% interval in units of σ.</param>
/// <param name="CutPoints">Backtest fits the constants were measured on.</param>
/// <param name="Runs">Held-out runs they were measured on.</param>
public sealed record RelativePrior(double Sigma0, double Slope, double Multiplier, int CutPoints, double Runs)
{
    /// <summary>σ grows as s to this power.</summary>
    public const double ScaleExponent = 0.5;

    /// <summary>The factor σ is scaled by at residual scale <paramref name="residualScale"/>: s^<see cref="ScaleExponent"/>.</summary>
    public static double Unit(double residualScale) => Math.Pow(residualScale, ScaleExponent);

    /// <summary>The error model of a fit whose residual scale is <paramref name="residualScale"/> (σ0 at least <see cref="ErrorModelEstimator.Sigma0Floor"/>).</summary>
    public ExtrapolationErrorModel For(double residualScale) => new(
        Math.Max(Sigma0 * Unit(residualScale), ErrorModelEstimator.Sigma0Floor), Slope * Unit(residualScale), Multiplier, ErrorModelSource.Prior, CutPoints, Runs);

    /// <summary>The constants as an error model of errors already divided by <see cref="Unit"/>, for the estimator that measures them.</summary>
    public ExtrapolationErrorModel Scaled => new(Sigma0, Slope, Multiplier, ErrorModelSource.Prior, CutPoints, Runs);

    /// <summary>The constants measured by the estimator on errors divided by <see cref="Unit"/> of their fit's residual scale.</summary>
    public static RelativePrior Of(ExtrapolationErrorModel scaled) => new(scaled.Sigma0, scaled.Slope, scaled.Multiplier, scaled.CutPoints, scaled.Runs);
}
