using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>
/// How well predictive intervals covered the predicted points of one or more target curves: <see cref="HeldOutCoverage"/>'s
/// figures with each curve as a run, weighing 1 whatever its length (as <see cref="CurveMetrics"/> averages), and the largest
/// extrapolation factor (the furthest step over the last fitted step).
/// </summary>
public sealed record CurveCoverage(HeldOutCoverage HeldOut, double MaxFactor)
{
    /// <summary>The curves scored.</summary>
    public int Curves => (int)Math.Round(HeldOut.Runs);

    /// <summary>The points scored, over all curves.</summary>
    public int Points => HeldOut.Rows;

    /// <summary>The share of points inside their interval, each curve weighing 1.</summary>
    public double Coverage => HeldOut.Coverage;

    /// <summary>The mean relative error |L − L̂|/L, each curve weighing 1.</summary>
    public double MeanRelativeError => HeldOut.MeanRelativeError;

    /// <summary>The interval's mean relative half-width, each curve weighing 1.</summary>
    public double MeanRelativeHalfWidth => HeldOut.MeanRelativeHalfWidth;

    /// <summary>The interval's half-width in units of the error: 1 is as wide as the errors are large.</summary>
    public double WidthRatio => HeldOut.WidthRatio;

    /// <summary>The coverage of the predictions that have intervals; null when none has.</summary>
    public static CurveCoverage? Of(IEnumerable<CurvePrediction> predictions)
    {
        var scored = predictions.Where(p => !p.Intervals.IsDefaultOrEmpty && p.Target.Count > 0).ToArray();
        return scored.Length == 0 ? null : Of(scored.SelectMany(p => Enumerable.Range(0, p.Target.Count)
            .Select(i => (p.Intervals[i], p.Target.Loss[i], p.Predicted[i], 1.0 / p.Target.Count))));
    }

    /// <summary>The coverage of scored points, each weighing its share of its curve.</summary>
    public static CurveCoverage Of(IEnumerable<(PredictiveInterval Interval, double Observed, double Predicted, double Weight)> points)
    {
        var scored = points.ToArray();
        var heldOut = HeldOutCoverage.Of([.. scored.Select(p => (p.Interval.Contains(p.Observed), Math.Abs(p.Observed - p.Predicted) / p.Observed, p.Interval.RelativeHalfWidth, p.Weight))]);
        return new CurveCoverage(heldOut, scored.Max(p => p.Interval.Distance.Combined));
    }
}
