namespace ScalingLaws.Prediction;

/// <summary>
/// The error of a law's own predictions as a function of how far they extrapolate, on the scale of
/// ln L: σ(d, u) = sqrt(σ0² + (k·d)² + (m·u)²), where d is the <see cref="ExtrapolationDistance.Relative"/> distance of a
/// prediction (decades beyond the data per decade the data spans). σ0 is the error close to the data (noise and misfit), k the growth per decade beyond it.
/// u is a loss curve's learning-rate decay after the fitted part, as a share of the peak rate (Curves.UnseenDecay), and m the
/// error per unit of it; a scaling law has no schedule, u = 0 and m = 0.
/// <see cref="Multiplier"/> is the 95th percentile of |error|/σ(d) over held-out predictions (at least
/// 1.96), so that heavier tails than normal widen the interval.
/// </summary>
/// <param name="Sigma0">Standard error of ln L at the data (d = 0).</param>
/// <param name="Slope">Growth of the standard error of ln L per decade of extrapolation.</param>
/// <param name="Multiplier">Half-width of the 95% interval in units of σ.</param>
/// <param name="Source">Measured on the table's own backtests, or the prior.</param>
/// <param name="CutPoints">Backtest fits the model was measured on.</param>
/// <param name="Runs">Held-out runs (one per cut point and run) it was measured on.</param>
/// <param name="DecaySlope">Growth of the standard error of ln L per unit of unseen learning-rate decay u (0 without a schedule).</param>
public sealed record ExtrapolationErrorModel(
    double Sigma0, double Slope, double Multiplier, ErrorModelSource Source, int CutPoints, double Runs, double DecaySlope = 0)
{
    /// <summary>The normal 97.5th percentile: the smallest multiplier a model uses.</summary>
    public const double NormalMultiplier = 1.959963984540054;

    /// <summary>The distance σ(d) is a function of: the law's inputs and compute, or for a model measured by tokens per parameter, D/N below the fitted range.</summary>
    public ExtrapolationAxis Along { get; init; }

    /// <summary>Standard error of ln L at relative distance <paramref name="distance"/> and unseen decay <paramref name="decay"/>.</summary>
    public double Sigma(double distance, double decay = 0) =>
        Math.Sqrt(Sigma0 * Sigma0 + Slope * Slope * distance * distance + DecaySlope * DecaySlope * decay * decay);

    /// <summary>
    /// Half-width of the predictive 95% interval on ln L: the law's own error at this distance and the
    /// parameters' uncertainty (a standard error of ln L, 0 when unknown), added in quadrature.
    /// </summary>
    public double LogHalfWidth(double distance, double parameterSigma = 0, double decay = 0)
    {
        var sigma = Sigma(distance, decay);
        var parameter = double.IsFinite(parameterSigma) ? parameterSigma : 0;
        return Multiplier * Math.Sqrt(sigma * sigma + parameter * parameter);
    }

    /// <summary>The predictive 95% interval around a predicted loss (<paramref name="decay"/>: a loss curve's unseen decay u).</summary>
    public PredictiveInterval Interval(double loss, ExtrapolationDistance distance, double parameterSigma = 0, double decay = 0)
    {
        var half = LogHalfWidth(distance.Along(Along), parameterSigma, decay);
        return new PredictiveInterval(loss * Math.Exp(-half), loss * Math.Exp(half), half, distance);
    }

    /// <summary>
    /// Whether every term is a finite number a measurement could give: σ0, k and m ≥ 0 with k and m at most
    /// <see cref="MostLogScale"/>, a positive multiplier, an interval next to the data (multiplier × σ0) at most
    /// <see cref="MostLogScale"/> wide on ln L, and no negative count of cut points or held-out runs (a law file's may be
    /// hand-edited: "-5 cut points, -3 held-out runs" were reported as read, and σ0 = 1e300 printed the interval [0, –]).
    /// The product, not each factor, is bounded: a multiplier of a few hundred is what few cuts give over a σ0 at its floor.
    /// </summary>
    public bool IsValid => Sigma0 >= 0 && Slope is >= 0 and <= MostLogScale && DecaySlope is >= 0 and <= MostLogScale &&
        Multiplier > 0 && Multiplier * Sigma0 <= MostLogScale && CutPoints >= 0 && Runs >= 0 && double.IsFinite(Runs);

    /// <summary>
    /// The largest half-width on ln L next to the data, and the largest k or m, a measurement could give: an error of e^10 (a
    /// factor of 22,000 on the loss) is no measurement of a loss (Pythia's erratic LAMBADA losses, the widest here, give σ0 = 0.106).
    /// </summary>
    public const double MostLogScale = 10;

    /// <summary>This model with another <see cref="Source"/> (e.g. the prior, stored for a table too small to backtest).</summary>
    public ExtrapolationErrorModel As(ErrorModelSource source) => this with { Source = source };
}
