namespace ScalingLaws.Prediction;

/// <summary>
/// How well predictive intervals covered losses observed on held-out rows (runs the law was not fitted to), each row
/// weighing 1: how many rows were scored, how many lay inside their interval, the mean relative error |L − L̂|/L and the
/// interval's mean relative half-width (U − L) / 2 / L̂, the two figures issue 12 sets its targets on.
/// </summary>
public sealed record HeldOutCoverage(int Rows, int Covered, double MeanRelativeError, double MeanRelativeHalfWidth)
{
    /// <summary>The share of the rows inside their interval.</summary>
    public double Coverage => (double)Covered / Rows;

    /// <summary>Mean relative half-width over mean relative error: above 1 the intervals are wider than the errors.</summary>
    public double WidthRatio => MeanRelativeHalfWidth / MeanRelativeError;

    /// <summary>The coverage of the rows that have an observed loss and an interval; null when none has.</summary>
    public static HeldOutCoverage? Of(IEnumerable<(double Observed, double Predicted, double Lower, double Upper)> rows)
    {
        var scored = rows.Where(r => double.IsFinite(r.Observed) && double.IsFinite(r.Predicted) && double.IsFinite(r.Lower) && double.IsFinite(r.Upper)).ToArray();
        return scored.Length == 0 ? null : new HeldOutCoverage(
            scored.Length,
            scored.Count(r => r.Observed >= r.Lower && r.Observed <= r.Upper),
            scored.Average(r => Math.Abs(r.Observed - r.Predicted) / r.Observed),
            scored.Average(r => (r.Upper - r.Lower) / 2 / r.Predicted));
    }
}
