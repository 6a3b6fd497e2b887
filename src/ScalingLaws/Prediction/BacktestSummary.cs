namespace ScalingLaws.Prediction;

/// <summary>
/// How well a set of held-out predictions was covered, each held-out run of a cut weighing 1:
/// the share covered by the predictive 95% interval, the mean relative error |L − L̂|/L, the mean
/// relative half-width of the interval, and their ratio (the interval's width in units of the error).
/// A fit that predicts no finite loss for a run counts as a miss, and stays out of the means.
/// </summary>
public sealed record BacktestSummary(int Rows, double Runs, double Coverage, double MeanRelativeError, double MeanRelativeHalfWidth)
{
    /// <summary>Mean relative half-width over mean relative error: above 1 the intervals are wider than the errors.</summary>
    public double WidthRatio => MeanRelativeHalfWidth / MeanRelativeError;

    /// <summary>The summary of <paramref name="predictions"/>.</summary>
    public static BacktestSummary Of(IReadOnlyList<BacktestPrediction> predictions)
    {
        var finite = predictions.Where(p => double.IsFinite(p.RelativeError) && double.IsFinite(p.Interval.RelativeHalfWidth)).ToArray();
        return new(
            predictions.Count,
            predictions.Sum(p => p.Weight),
            WeightedStatistics.Mean([.. predictions.Select(p => (p.Covered ? 1.0 : 0.0, p.Weight))]),
            WeightedStatistics.Mean([.. finite.Select(p => (p.RelativeError, p.Weight))]),
            WeightedStatistics.Mean([.. finite.Select(p => (p.Interval.RelativeHalfWidth, p.Weight))]));
    }
}
