namespace ScalingLaws.Downstream;

/// <summary>How one method did on a task's held-out scores: mean absolute error in accuracy points (×100) and the share of scores inside its 95% interval (null for the baseline, which has none).</summary>
public sealed record MethodScore(string Method, double MaePoints, double? Coverage, int Count)
{
    /// <summary>The score of <paramref name="method"/> over (actual, predicted) pairs.</summary>
    public static MethodScore Of(string method, IReadOnlyList<(double Actual, AccuracyPrediction Prediction)> pairs) =>
        new(method, 100 * pairs.Average(p => Math.Abs(p.Prediction.Accuracy - p.Actual)), pairs.Count(p => p.Prediction.Contains(p.Actual)) / (double)pairs.Count, pairs.Count);
}
