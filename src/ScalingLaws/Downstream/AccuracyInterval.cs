namespace ScalingLaws.Downstream;

/// <summary>
/// The accuracy law's own 95% interval at one input: the parameters' uncertainty by the delta method (gᵀΣg, g the
/// gradient on the fitting scale) plus the scatter of single scores around the law (a held-out model's score is one
/// such score), ±1.96 σ. The two-step chain adds the loss's own uncertainty (<see cref="TwoStepChain"/>).
/// </summary>
public static class AccuracyInterval
{
    /// <summary>The two-sided 95% normal quantile.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The predicted accuracy at input <paramref name="x"/> with its 95% interval for a new score.</summary>
    public static AccuracyPrediction At(AccuracyFit fit, double x)
    {
        var (accuracy, halfWidth) = (Center(fit, x), Z95 * Sigma(fit, x));
        return new AccuracyPrediction(accuracy, Math.Max(0, accuracy - halfWidth), Math.Min(1, accuracy + halfWidth), x);
    }

    /// <summary>The law's accuracy at input <paramref name="x"/>.</summary>
    public static double Center(AccuracyFit fit, double x) => fit.Law.Predict(fit.Values, x);

    /// <summary>The standard deviation of a new score at <paramref name="x"/>.</summary>
    public static double Sigma(AccuracyFit fit, double x)
    {
        var k = fit.Law.Parameters.Length;
        var theta = fit.Law.Parameters.Select((p, j) => p.ToInternal(fit.Values[j])).ToArray();
        var gradient = new double[k];
        fit.Law.Evaluate(theta, x, gradient);
        var variance = 0.0;
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
                variance += gradient[a] * fit.Covariance[a, b] * gradient[b];
        }
        var scatter = double.IsFinite(fit.Scatter) ? fit.Scatter : 0;
        return Math.Sqrt(Math.Max(variance, 0) + scatter * scatter);
    }
}
