namespace ScalingLaws.Prediction;

/// <summary>
/// A predictive 95% interval for one loss: the uncertainty of the parameters plus the law's own
/// extrapolation error at this distance from the data, symmetric on ln L around the prediction.
/// </summary>
/// <param name="LogHalfWidth">Half-width on ln L.</param>
public sealed record PredictiveInterval(double Lower, double Upper, double LogHalfWidth, ExtrapolationDistance Distance)
{
    /// <summary>Whether <paramref name="loss"/> lies inside the interval.</summary>
    public bool Contains(double loss) => loss >= Lower && loss <= Upper;

    /// <summary>Half the width relative to the prediction: (Upper − Lower) / 2 / L̂.</summary>
    public double RelativeHalfWidth => Math.Sinh(LogHalfWidth);
}
