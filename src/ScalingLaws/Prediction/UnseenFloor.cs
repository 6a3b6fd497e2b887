using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>
/// A fit that puts E, the loss its law levels off at, near zero has not seen the loss level off: every fitted row lies on
/// the steep part of the curve, and the same rows fit about as well with a far larger E. Beyond those rows the loss may
/// then level off anywhere between the law's extrapolation and the loss at the edge of the data, and the law's own error,
/// measured by backtests on the same steep rows, does not see it. So a predictive interval beyond such a fit's data
/// reaches up to the law's loss at the point moved back inside the fitted ranges (more data or parameters never raise it).
/// On Porian et al.'s sweeps fitted on their shorter runs, fits with E collapsed predicted the longer runs 10–20% too
/// low, and their intervals covered 70% of them; docs/fitting.md has the numbers.
/// </summary>
public static class UnseenFloor
{
    /// <summary>E below this share of the law's lowest loss over the fitted ranges counts as collapsed.</summary>
    public const double CollapsedShare = 0.03;

    /// <summary>
    /// Whether the law has an irreducible loss E and the fit puts it below <see cref="CollapsedShare"/> of the law's loss at
    /// the far corner of the fitted ranges (every input at its largest fitted value, where a falling law is lowest).
    /// </summary>
    public static bool Collapsed(ScalingLaw law, IReadOnlyList<double> values, FittedRanges ranges)
    {
        var e = IndexOfE(law);
        return e >= 0 && values[e] < CollapsedShare * law.Predict([.. values], [.. ranges.Inputs.Select(r => r.Max)]);
    }

    /// <summary>Whether <paramref name="fit"/>, usable, has its E <see cref="Collapsed(ScalingLaw, IReadOnlyList{double}, FittedRanges)"/> on the rows of <paramref name="fitted"/>.</summary>
    public static bool Collapsed(FitResult fit, ObservationTable fitted) =>
        fit.Status.IsUsable() && Collapsed(fit.Law, fit.Values, FittedRanges.Of(fitted, fit.Law));

    /// <summary>The index of the law's irreducible loss E (so named in every law of the catalog that has one), or −1.</summary>
    public static int IndexOfE(ScalingLaw law) => law.IndexOf("E");

    /// <summary>The law's loss at <paramref name="inputs"/> with each input lowered to its largest fitted value: the loss at the edge of the data.</summary>
    public static double EdgeLoss(ScalingLaw law, IReadOnlyList<double> values, FittedRanges ranges, IReadOnlyList<double> inputs) =>
        law.Predict([.. values], [.. inputs.Select((x, i) => Math.Min(x, ranges.Inputs[i].Max))]);

    /// <summary>
    /// <paramref name="interval"/> with its upper end raised to the <see cref="EdgeLoss"/> when the fit's E
    /// <see cref="Collapsed(ScalingLaw, IReadOnlyList{double}, FittedRanges)"/> and that loss lies above it; otherwise unchanged.
    /// </summary>
    public static PredictiveInterval Raise(PredictiveInterval interval, ScalingLaw law, IReadOnlyList<double> values, FittedRanges ranges, IReadOnlyList<double> inputs) =>
        Collapsed(law, values, ranges) ? Raise(interval, EdgeLoss(law, values, ranges, inputs)) : interval;

    /// <summary><paramref name="interval"/> with its upper end raised to <paramref name="edgeLoss"/> when that lies above it (NaN: unchanged).</summary>
    public static PredictiveInterval Raise(PredictiveInterval interval, double edgeLoss) =>
        edgeLoss > interval.Upper ? interval.ReachingUpTo(edgeLoss) : interval;
}
