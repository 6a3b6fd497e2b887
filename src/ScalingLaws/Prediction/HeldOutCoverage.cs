namespace ScalingLaws.Prediction;

/// <summary>
/// How well predictive intervals covered losses observed on held-out rows (runs the law was not fitted to): how many rows
/// were scored, from how many runs, how many lay inside their interval; and, each run weighing 1 (its checkpoints share
/// it, as in a backtest), the share covered, the mean relative error |L − L̂|/L and the interval's mean relative half-width
/// (U − L) / 2 / L̂, the two figures issue 12 sets its targets on. With one row per run these are plain row averages.
/// </summary>
public sealed record HeldOutCoverage(int Rows, int Covered, double MeanRelativeError, double MeanRelativeHalfWidth)
{
    /// <summary>The runs the scored rows come from.</summary>
    public int Runs { get; init; } = Rows;

    /// <summary>The share inside their interval, each run weighing 1.</summary>
    public double Coverage { get; init; } = (double)Covered / Rows;

    /// <summary>Mean relative half-width over mean relative error: above 1 the intervals are wider than the errors.</summary>
    public double WidthRatio => MeanRelativeHalfWidth / MeanRelativeError;

    /// <summary>The coverage of the rows that have an observed loss and an interval, each row its own run; null when none has.</summary>
    public static HeldOutCoverage? Of(IEnumerable<(double Observed, double Predicted, double Lower, double Upper)> rows) =>
        Of(rows.Select((r, i) => (r.Observed, r.Predicted, r.Lower, r.Upper, Run: i)));

    /// <summary>The coverage of the rows that have an observed loss and an interval, each run weighing 1; null when none has.</summary>
    public static HeldOutCoverage? Of(IEnumerable<(double Observed, double Predicted, double Lower, double Upper, int Run)> rows)
    {
        var scored = rows.Where(r => double.IsFinite(r.Observed) && double.IsFinite(r.Predicted) && double.IsFinite(r.Lower) && double.IsFinite(r.Upper)).ToArray();
        if (scored.Length == 0)
            return null;
        var rowsOfRun = scored.CountBy(r => r.Run).ToDictionary();
        double Mean(Func<(double Observed, double Predicted, double Lower, double Upper, int Run), double> value) =>
            WeightedStatistics.Mean([.. scored.Select(r => (value(r), 1.0 / rowsOfRun[r.Run]))]);
        static bool Inside((double Observed, double Predicted, double Lower, double Upper, int Run) r) => r.Observed >= r.Lower && r.Observed <= r.Upper;
        return new HeldOutCoverage(
            scored.Length,
            scored.Count(Inside),
            Mean(r => Math.Abs(r.Observed - r.Predicted) / r.Observed),
            Mean(r => (r.Upper - r.Lower) / 2 / r.Predicted))
        {
            Runs = rowsOfRun.Count,
            Coverage = Mean(r => Inside(r) ? 1 : 0),
        };
    }
}
