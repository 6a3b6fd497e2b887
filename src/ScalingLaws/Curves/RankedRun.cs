using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>
/// One candidate run's forecast: fitted through <see cref="FittedThrough"/> (where its loss was <see cref="LossAtCut"/>),
/// the forecast loss at <see cref="FinalStep"/> with its predictive 95% interval (null without an error model), the
/// observed final loss when known (a backtest), and the probability that it ends lowest of the candidates.
/// </summary>
public sealed record RankedRun(
    string Name, int FittedThrough, double LossAtCut, int FinalStep, double Forecast, PredictiveInterval? Interval, double? Observed, FitStatus Status)
{
    /// <summary>The chance this run ends lowest; null when some run has no interval, so the chances cannot be weighed.</summary>
    public double? ProbabilityBest { get; init; }

    /// <summary>Why the run has no forecast (its <see cref="Forecast"/> is NaN), worded by the front end; null when it has one.</summary>
    public ScalingLawsException? Problem { get; init; }
}
