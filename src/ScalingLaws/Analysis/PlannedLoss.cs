using ScalingLaws.Planning;
using ScalingLaws.Prediction;

namespace ScalingLaws.Analysis;

/// <summary>
/// The predictive 95% interval of a compute-optimal loss L*: the law's own extrapolation error at the
/// distance of (N*, D*) beyond the fitted runs, and the parameters' share read off the bootstrap
/// interval of L* (a standard error of ln L*), added in quadrature (<see cref="ExtrapolationErrorModel.Interval"/>).
/// report.js computes the same at every slider position from the numbers the planner embeds.
/// </summary>
public static class PlannedLoss
{
    /// <summary>The interval of the allocation's loss.</summary>
    /// <param name="point">The compute-optimal allocation.</param>
    /// <param name="predictive">The fitted ranges and the law's extrapolation-error model.</param>
    /// <param name="lossSpread">The bootstrap interval of L*; null for the extrapolation error alone.</param>
    public static PredictiveInterval Interval(Allocation point, PredictiveModel predictive, Uncertainty.Uncertainty? lossSpread)
    {
        var parameterSigma = lossSpread is null ? 0 : ParameterUncertainty.LogSigma(lossSpread);
        var distance = predictive.Ranges.DistanceOf([point.Params, point.Tokens]);
        return predictive.IntervalAround(point.Loss, distance, parameterSigma);
    }
}
