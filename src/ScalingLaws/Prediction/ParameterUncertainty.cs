using ScalingLaws.Uncertainty;

namespace ScalingLaws.Prediction;

/// <summary>
/// The parameters' share of a prediction's uncertainty as a standard error of ln L, read off the
/// bootstrap's 95% percentile interval of the prediction: (ln upper − ln lower) / (2 · 1.96).
/// </summary>
public static class ParameterUncertainty
{
    public static double LogSigma(Uncertainty.Uncertainty prediction) =>
        prediction.Lower > 0 && prediction.Upper > 0
            ? (Math.Log(prediction.Upper) - Math.Log(prediction.Lower)) / (2 * ExtrapolationErrorModel.NormalMultiplier)
            : double.NaN;

    /// <summary>From the resamples of a bootstrap, at one point (NaN when fewer than two resamples give a loss).</summary>
    public static double LogSigma(BootstrapResult bootstrap, double first, double second = double.NaN) =>
        LogSigma(bootstrap.Prediction(first, second));
}
