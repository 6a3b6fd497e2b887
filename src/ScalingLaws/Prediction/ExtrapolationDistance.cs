using System.Collections.Immutable;

namespace ScalingLaws.Prediction;

/// <summary>
/// How far a prediction lies beyond the fitted data: a factor per input, their product (for N and D
/// the factor in compute C = 6ND when both lie beyond the data), and the distance the error model
/// uses, <see cref="Relative"/>: decades beyond the data per decade the data spans, summed over inputs.
/// Like the leverage of a regression, it makes 10× beyond sizes that span 100× as far as 2× beyond
/// sizes that span 4×: how far a law can be trusted depends on how much of the axis it has seen.
/// Inside the data every distance is 0. For a law of N and D, <see cref="TokensPerParam"/> says how far D/N lies outside the
/// fitted rows' range of it; it is reported, not counted in <see cref="Relative"/>: counted there (against its own span, or in
/// plain decades, or as a second error-model slope) it was measured on 15 IsoFLOP sweeps and the 14 backtests of docs/fitting.md
/// and gave no change that helped the sweeps without hurting those backtests (docs/fitting.md, "Does it cover?").
/// </summary>
public sealed record ExtrapolationDistance(ImmutableArray<InputFactor> Factors)
{
    /// <summary>Inside the fitted ranges.</summary>
    public static ExtrapolationDistance Inside { get; } = new([]);

    /// <summary>log10 of the product of the per-input factors; 0 inside the fitted range.</summary>
    public double Log10 => Factors.Sum(f => Math.Log10(f.Factor));

    /// <summary>The product of the per-input factors (10^<see cref="Log10"/>).</summary>
    public double Combined => Math.Pow(10, Log10);

    /// <summary>How far tokens per parameter D/N lies outside the fitted rows' range; null for a law without both N and D, or from a law file that stores no D/N range.</summary>
    public RatioFactor? TokensPerParam { get; init; }

    /// <summary>Σ over inputs of log10(factor) / max(decades spanned, log10 2): the distance of the error model.</summary>
    public double Relative => Factors.Sum(f => f.Relative);

    /// <summary>Whether any input lies beyond its fitted range.</summary>
    public bool IsBeyondData => Factors.Any(f => f.Factor > 1);

    /// <summary>Whether D/N lies outside the fitted rows' range of it.</summary>
    public bool IsOutsideRatio => TokensPerParam is { Factor: > 1 };
}
