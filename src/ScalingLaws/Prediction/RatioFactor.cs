namespace ScalingLaws.Prediction;

/// <summary>
/// How far a prediction's tokens per parameter D/N lies outside the D/N range of the rows a law of N and D was fitted to.
/// The per-input factors miss it where N and D each lie inside (or just beyond) their own ranges but their ratio does not:
/// a large model trained on few tokens, beside fitted runs that were all either small or long.
/// </summary>
/// <param name="Ratio">The prediction's D/N.</param>
/// <param name="Fitted">The range of D/N over the fitted rows.</param>
public sealed record RatioFactor(double Ratio, ValueRange Fitted)
{
    /// <summary>The factor ≥ 1 by which D/N lies outside the fitted range (1 inside).</summary>
    public double Factor => Fitted.Factor(Ratio);

    /// <summary>True above the largest fitted D/N (longer-trained per parameter than any fitted run), false below the smallest or inside.</summary>
    public bool Above => Ratio > Fitted.Max;

    /// <summary>Decades below the smallest fitted D/N per decade the fitted D/N spans (at least <see cref="InputFactor.MinimumSpan"/>); 0 inside or above.</summary>
    public double RelativeBelow => Above ? 0 : Math.Log10(Factor) / Math.Max(Fitted.SpanDecades, InputFactor.MinimumSpan);

    /// <summary>The fitted bound D/N lies beyond: the largest when above, else the smallest.</summary>
    public double Bound => Above ? Fitted.Max : Fitted.Min;
}
