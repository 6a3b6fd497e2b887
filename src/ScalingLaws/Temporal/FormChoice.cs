namespace ScalingLaws.Temporal;

/// <summary>
/// One combination of forms for (a0, a1, a2), fitted on the selection's early checkpoints, with its
/// error on the later ones: √(Σ n_b·r̄_b² / Σ n_b) over those checkpoints and the octaves b of
/// positions (1, 2–3, 4–7, …), r̄_b the mean of ln L − ln L̂ over the n_b positions of octave b
/// (+∞ where the law breaks down). This is the per-cell RMS log error with the within-octave scatter
/// removed: evaluation noise, the same for every combination, mostly cancels in the octave means and
/// leaves the systematic error that tells forms apart, each octave weighted as its noise allows.
/// </summary>
public sealed record FormChoice(ImmutableArray<TemporalForm> Forms, double ValidationError)
{
    /// <summary>Coefficients over the chosen forms.</summary>
    public int CoefficientCount => Forms.Sum(f => f.CoefficientCount);

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Forms.Select((f, j) => $"{TemporalLaw.ParameterNames[j]} {f.Name}"));
}
