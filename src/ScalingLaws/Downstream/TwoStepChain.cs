namespace ScalingLaws.Downstream;

/// <summary>
/// Accuracy of an untrained model in two steps: its loss from a loss law L(N, D), then its accuracy from a loss →
/// accuracy law. The interval carries both steps: the loss's 95% interval is pushed through the (monotone) accuracy
/// law, and that spread is added in quadrature to the accuracy law's own half-width at the predicted loss, on each side.
/// </summary>
public static class TwoStepChain
{
    /// <summary>Accuracy at (<paramref name="parameters"/>, <paramref name="tokens"/>): the loss law's loss fed to the accuracy law, with both laws' uncertainty in the interval.</summary>
    public static AccuracyPrediction Predict(LossLaw lossLaw, AccuracyFit accuracy, double parameters, double tokens)
    {
        if (accuracy.Law.Input != AccuracyInput.Loss)
            throw new ScalingLawsException($"the {accuracy.Law.Name} law reads compute, not loss; predict it from N and D directly, without a loss law.");
        var (loss, lower, upper) = lossLaw.Predict(parameters, tokens);
        var center = AccuracyInterval.Center(accuracy, loss);
        var (atLower, atUpper) = (AccuracyInterval.Center(accuracy, lower), AccuracyInterval.Center(accuracy, upper));
        var (low, high) = (Math.Min(atLower, atUpper), Math.Max(atLower, atUpper));
        var ownHalf = AccuracyInterval.Z95 * AccuracyInterval.Sigma(accuracy, loss);
        var below = Math.Sqrt(Math.Pow(center - low, 2) + ownHalf * ownHalf);
        var above = Math.Sqrt(Math.Pow(high - center, 2) + ownHalf * ownHalf);
        return new AccuracyPrediction(center, Math.Max(0, center - below), Math.Min(1, center + above), loss, (lower, upper));
    }
}
