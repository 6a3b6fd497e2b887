using System.Collections.Immutable;

namespace ScalingLaws.Prediction;

/// <summary>
/// How far a prediction lies beyond the fitted data: a factor per input, their product, and the distance the error model
/// uses, <see cref="Relative"/>: decades beyond the data per decade the data spans, summed over inputs. Like the leverage
/// of a regression, it makes 10× beyond sizes that span 100× as far as 2× beyond sizes that span 4×: how far a law can be
/// trusted depends on how much of the axis it has seen. Inside the data every distance is 0.
/// For a law of N and D the fitted rows fill a band of the (N, D) plane, not the box their ranges make: an IsoFLOP sweep's
/// larger models at a larger budget can lie inside both ranges yet beyond every fitted compute. So <see cref="Compute"/>
/// measures C = 6ND against the fitted rows' compute the same way, and the distance is the larger of the two: the point's
/// furthest excursion, where summing would count a size step twice (N and its C). <see cref="TokensPerParam"/> says how
/// far D/N lies outside the fitted range of it; it is reported, not counted in <see cref="Relative"/>: counted there
/// (against its own span, or in plain decades, or as a second error-model slope) it was measured on 15 IsoFLOP sweeps and
/// the 14 backtests of docs/fitting.md and gave no change that helped the sweeps without hurting those backtests
/// (docs/fitting.md, "Does it cover?").
/// </summary>
public sealed record ExtrapolationDistance(ImmutableArray<InputFactor> Factors)
{
    /// <summary>Inside the fitted ranges.</summary>
    public static ExtrapolationDistance Inside { get; } = new([]);

    /// <summary>log10 of the product of the per-input factors, or where N and D each lie inside their ranges, of the compute factor; 0 inside the fitted data.</summary>
    public double Log10 => IsBeyondComputeOnly ? Math.Log10(Compute!.Factor) : Factors.Sum(f => Math.Log10(f.Factor));

    /// <summary>The combined factor beyond the data (10^<see cref="Log10"/>).</summary>
    public double Combined => Math.Pow(10, Log10);

    /// <summary>How far tokens per parameter D/N lies outside the fitted rows' range; null for a law without both N and D, or from a law file that stores no D/N range.</summary>
    public RatioFactor? TokensPerParam { get; init; }

    /// <summary>How far compute C = 6ND lies outside the fitted rows' range of it; null for a law without both N and D, or from a law file that stores no compute range.</summary>
    public InputFactor? Compute { get; init; }

    /// <summary>
    /// The distance of the error model: Σ over inputs of log10(factor) / max(decades spanned, <see cref="InputFactor.MinimumSpan"/>),
    /// or the compute factor's own such distance where that is larger.
    /// </summary>
    public double Relative => Math.Max(Factors.Sum(f => f.Relative), Compute?.Relative ?? 0);

    /// <summary>The distance along <paramref name="axis"/>: <see cref="Relative"/>, or how far D/N lies below the fitted range (<see cref="RatioFactor.RelativeBelow"/>).</summary>
    public double Along(ExtrapolationAxis axis) => axis == ExtrapolationAxis.Undertraining ? TokensPerParam?.RelativeBelow ?? 0 : Relative;

    /// <summary>The factor beyond the data along <paramref name="axis"/>: <see cref="Combined"/>, or how many times D/N lies below the fitted range (1 inside or above).</summary>
    public double FactorAlong(ExtrapolationAxis axis) =>
        axis == ExtrapolationAxis.Undertraining ? TokensPerParam is { Above: false } ratio ? ratio.Factor : 1 : Combined;

    /// <summary>Whether any input lies beyond its fitted range.</summary>
    public bool IsBeyondData => Factors.Any(f => f.Factor > 1);

    /// <summary>Whether D/N lies outside the fitted rows' range of it.</summary>
    public bool IsOutsideRatio => TokensPerParam is { Factor: > 1 };

    /// <summary>Whether C = 6ND lies beyond the fitted compute while N and D each lie inside their ranges: an excursion only the compute factor shows.</summary>
    public bool IsBeyondComputeOnly => !IsBeyondData && Compute is { Factor: > 1 };
}
