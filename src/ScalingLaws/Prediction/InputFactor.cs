using ScalingLaws.Data;

namespace ScalingLaws.Prediction;

/// <summary>
/// How far one input lies beyond the fitted data, as a factor ≥ 1 (1 inside the range).
/// <paramref name="Above"/> is true beyond the largest fitted value, false below the smallest or inside.
/// <paramref name="SpanDecades"/> is how many decades the fitted values of this input span.
/// </summary>
public sealed record InputFactor(Field Input, double Factor, bool Above, double SpanDecades)
{
    /// <summary>Spans narrower than this (0.75 decades, a factor of 5.6) count as this wide, so one size does not make every step infinitely far.</summary>
    public const double MinimumSpan = 0.75;

    /// <summary>Decades beyond the data per decade the data spans: the leverage of the extrapolation in this input.</summary>
    public double Relative => Math.Log10(Factor) / Math.Max(SpanDecades, MinimumSpan);
}
