namespace ScalingLaws.Curves;

/// <summary>Prediction metrics across several target curves, as the Multi-Power Law repository reports its test sets.</summary>
public static class CurveMetrics
{
    /// <summary>
    /// Each metric averaged over the curves (a curve counts once whatever its length); so MaxRe is the per-curve worst
    /// relative error averaged, the repository's "WorstE".
    /// </summary>
    public static FitMetrics Average(IReadOnlyCollection<FitMetrics> metrics) => metrics.Count == 0
        ? throw new ArgumentException("no metrics to average.", nameof(metrics))
        : new FitMetrics(
            metrics.Average(m => m.Rmse), metrics.Average(m => m.R2), metrics.Average(m => m.Mae),
            metrics.Average(m => m.Mre), metrics.Average(m => m.MaxRe));
}
