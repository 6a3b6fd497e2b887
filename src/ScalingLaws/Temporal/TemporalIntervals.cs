using ScalingLaws.Curves;
using ScalingLaws.Prediction;

namespace ScalingLaws.Temporal;

/// <summary>
/// The predictive 95% interval of the sequence loss at each predicted checkpoint of a temporal forecast
/// (<see cref="TemporalBacktest"/>), with the model they came from and how well they covered the observed losses.
/// </summary>
/// <param name="Intervals">One per predicted checkpoint, in order: <c>Intervals[k − Fitted]</c> is checkpoint k's.</param>
public sealed record TemporalIntervals(TemporalForecast Forecast, PredictiveModel Predictive, ImmutableArray<PredictiveInterval> Intervals)
{
    /// <summary>The interval of checkpoint <paramref name="checkpoint"/> (a predicted one).</summary>
    public PredictiveInterval this[int checkpoint] => Intervals[checkpoint - Forecast.Fitted];

    /// <summary>The share of predicted checkpoints whose observed sequence loss lies inside, the mean error and half-width, the reach.</summary>
    public CurveCoverage Coverage
    {
        get
        {
            var run = Forecast.Run;
            var indices = Enumerable.Range(Forecast.Fitted, Forecast.Predicted).ToArray();
            return CurveCoverage.Of(indices.Select(k => (this[k], run[k].SequenceLoss, Forecast.SequenceLoss(k), 1.0 / indices.Length)));
        }
    }
}
