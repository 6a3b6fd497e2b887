using ScalingLaws.Laws;
using ScalingLaws.Planning;
using ScalingLaws.Prediction;

namespace ScalingLaws.Analysis;

/// <summary>
/// The predictive 95% interval of a compute-optimal loss L*: the law's own extrapolation error at the
/// distance of (N*, D*) beyond the fitted runs, from the error model that distance calls for (<see cref="PredictiveModel.IntervalAround"/>:
/// beyond every fitted run's compute, the one measured by compute), and the parameters' share (a standard error of ln L*), added in
/// quadrature: read off the bootstrap interval of L*, or without one by the delta method from the fit's covariance at (N*, D*), as
/// <c>optimal</c> takes it from a law file (at a fixed budget dL*/dθ is ∂L/∂θ at the optimum, the envelope theorem), and none
/// when the model carries no covariance; where the fit's E collapsed, reaching up to the loss at the edge of the data
/// (<see cref="UnseenFloor"/>). report.js computes the same at every slider position from the numbers the planner embeds.
/// </summary>
public static class PlannedLoss
{
    /// <summary>The interval of the allocation's loss.</summary>
    /// <param name="point">The compute-optimal allocation.</param>
    /// <param name="predictive">The fitted ranges and the law's extrapolation-error models.</param>
    /// <param name="lossSpread">The bootstrap interval of L*; null for the delta method's share from <see cref="PredictiveModel.Covariance"/>.</param>
    /// <param name="law">The law the allocation follows.</param>
    /// <param name="values">Its fitted values, in natural units.</param>
    public static PredictiveInterval Interval(Allocation point, PredictiveModel predictive, Uncertainty.Uncertainty? lossSpread, ScalingLaw law, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(predictive);
        var parameterSigma = lossSpread is null ? predictive.CurvatureSigma(law, values, point.Params, point.Tokens) : ParameterUncertainty.LogSigma(lossSpread);
        double[] inputs = [point.Params, point.Tokens];
        var interval = predictive.IntervalAround(point.Loss, predictive.Ranges.DistanceOf(inputs), parameterSigma);
        return UnseenFloor.Raise(interval, law, values, predictive.Ranges, inputs);
    }
}
