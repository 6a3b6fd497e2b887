using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>
/// How well predictive intervals covered the predicted points of one or more target curves, each curve
/// weighing 1 whatever its length (as <see cref="CurveMetrics"/> averages): the share of points inside
/// their interval, the mean relative error |L − L̂|/L, the interval's mean relative half-width, their ratio,
/// and the largest extrapolation factor (the furthest step over the last fitted step).
/// </summary>
public sealed record CurveCoverage(int Curves, int Points, double Coverage, double MeanRelativeError, double MeanRelativeHalfWidth, double MaxFactor)
{
    /// <summary>The interval's half-width in units of the error: 1 is as wide as the errors are large.</summary>
    public double WidthRatio => MeanRelativeHalfWidth / MeanRelativeError;

    /// <summary>The coverage of the predictions that have intervals; null when none has.</summary>
    public static CurveCoverage? Of(IEnumerable<CurvePrediction> predictions)
    {
        var scored = predictions.Where(p => !p.Intervals.IsDefaultOrEmpty && p.Target.Count > 0).ToArray();
        if (scored.Length == 0)
            return null;
        return new CurveCoverage(
            scored.Length,
            scored.Sum(p => p.Target.Count),
            scored.Average(p => Indices(p).Average(i => p.Intervals[i].Contains(p.Target.Loss[i]) ? 1.0 : 0.0)),
            scored.Average(p => Indices(p).Average(i => Math.Abs(p.Target.Loss[i] - p.Predicted[i]) / p.Target.Loss[i])),
            scored.Average(p => p.Intervals.Average(i => i.RelativeHalfWidth)),
            scored.Max(p => p.Intervals.Max(i => i.Distance.Combined)));
    }

    private static IEnumerable<int> Indices(CurvePrediction prediction) => Enumerable.Range(0, prediction.Target.Count);
}
