namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// How far a planned model (N, D; U under the data-constrained law) lies beyond the runs a law file was fitted on, as <c>predict</c> says it of a point: the
/// factors per input for <c>--json</c>'s <c>extrapolation</c>, and the words ("N is 2.6× the largest fitted run; …"), null inside.
/// </summary>
internal sealed record AllocationDistance(string? Beyond, Dictionary<string, double> Factors)
{
    /// <param name="inputs">The planned model's values of the law's inputs, in its order: N and D, and U for the data-constrained law.</param>
    public static AllocationDistance Of(PredictiveModel predictive, IReadOnlyList<double> inputs)
    {
        var distance = predictive.Ranges.DistanceOf(inputs);
        var beyond = distance is { IsBeyondData: true } or { IsOutsideRatio: true } or { IsBeyondComputeOnly: true }
            ? PredictionView.Beyond(distance, predictive.UsesLongerErrors(distance), predictive.UsesUndertrainedErrors(distance))
            : null;
        return new(beyond, Commands.PredictedLoss.Factors(distance));
    }
}
