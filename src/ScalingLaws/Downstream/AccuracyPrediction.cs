namespace ScalingLaws.Downstream;

/// <summary>
/// A predicted accuracy with its 95% interval (clipped to [0, 1]). <paramref name="Input"/> is the law's input at the
/// point (the loss, predicted or given, or the compute); <paramref name="LossInterval"/> the 95% interval of a predicted
/// loss when the loss itself came from a loss law (the two-step chain), else null.
/// </summary>
public sealed record AccuracyPrediction(double Accuracy, double Lower, double Upper, double Input, (double Lower, double Upper)? LossInterval = null)
{
    /// <summary>Whether <paramref name="accuracy"/> lies inside the interval.</summary>
    public bool Contains(double accuracy) => accuracy >= Lower && accuracy <= Upper;
}
