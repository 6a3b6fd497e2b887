namespace ScalingLaws.Prediction;

/// <summary>
/// How well predictive 95% intervals covered losses observed on held-out rows (runs the law was not fitted to), as a backtest
/// scores its cuts and predict the rows of a table: how many rows were scored, how many lay inside their interval, from how
/// many runs; and, each run weighing 1 (its rows share it), the share covered, the mean relative error |L − L̂|/L and the
/// interval's mean relative half-width, the two figures issue 12 sets its targets on. A row with no finite error or width
/// (a fit that predicts no finite loss) counts as a miss and stays out of the means.
/// </summary>
/// <param name="Runs">The runs the rows come from: the sum of the rows' shares.</param>
/// <param name="Coverage">The share inside their interval, each run weighing 1.</param>
public sealed record HeldOutCoverage(int Rows, int Covered, double Runs, double Coverage, double MeanRelativeError, double MeanRelativeHalfWidth)
{
    /// <summary>Mean relative half-width over mean relative error: above 1 the intervals are wider than the errors.</summary>
    public double WidthRatio => MeanRelativeHalfWidth / MeanRelativeError;

    /// <summary>The coverage of scored rows, each weighing its share of its run.</summary>
    public static HeldOutCoverage Of(IReadOnlyList<(bool Covered, double RelativeError, double RelativeHalfWidth, double Weight)> rows)
    {
        var finite = rows.Where(r => double.IsFinite(r.RelativeError) && double.IsFinite(r.RelativeHalfWidth)).ToArray();
        return new(
            rows.Count,
            rows.Count(r => r.Covered),
            rows.Sum(r => r.Weight),
            WeightedStatistics.Mean([.. rows.Select(r => (r.Covered ? 1.0 : 0.0, r.Weight))]),
            WeightedStatistics.Mean([.. finite.Select(r => (r.RelativeError, r.Weight))]),
            WeightedStatistics.Mean([.. finite.Select(r => (r.RelativeHalfWidth, r.Weight))]));
    }

    /// <summary>
    /// The coverage of a table's rows that have an observed loss and an interval, each run weighing 1 (the half-width read
    /// as (U − L) / 2 / L̂); null when none has.
    /// </summary>
    public static HeldOutCoverage? Of(IEnumerable<(double Observed, double Predicted, double Lower, double Upper, int Run)> rows)
    {
        var scored = rows.Where(r => double.IsFinite(r.Observed) && double.IsFinite(r.Predicted) && double.IsFinite(r.Lower) && double.IsFinite(r.Upper)).ToArray();
        if (scored.Length == 0)
            return null;
        var rowsOfRun = scored.CountBy(r => r.Run).ToDictionary();
        var coverage = Of([.. scored.Select(r => (
            r.Observed >= r.Lower && r.Observed <= r.Upper, Math.Abs(r.Observed - r.Predicted) / r.Observed, (r.Upper - r.Lower) / 2 / r.Predicted, 1.0 / rowsOfRun[r.Run]))]);
        // A table's runs are whole: counted, where the sum of their rows' shares may miss by a rounding.
        return coverage with { Runs = rowsOfRun.Count };
    }
}
