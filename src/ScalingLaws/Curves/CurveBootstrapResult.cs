using System.Collections.Immutable;

namespace ScalingLaws.Curves;

/// <summary>
/// A loss-curve law refitted on resamples of its fitted points: whole runs (<see cref="BlockLength"/> null) or circular
/// blocks of <see cref="BlockLength"/> consecutive points of one run. Summaries come from the samples.
/// </summary>
/// <param name="Units">The runs drawn per resample, or the points of the one run.</param>
/// <param name="Samples">Natural-unit values of every resample whose refit converged, in the law's order.</param>
public sealed record CurveBootstrapResult(CurveLaw Law, int Resamples, int Seed, int Units, int? BlockLength, ImmutableArray<ImmutableArray<double>> Samples)
{
    public int Converged => Samples.Length;

    /// <summary>True when whole runs were drawn (a cluster bootstrap), false for blocks of one run's steps.</summary>
    public bool ResampledRuns => BlockLength is null;

    /// <summary>Distinct resamples a whole-run bootstrap can draw: C(2R − 1, R), the multisets of R runs.</summary>
    public double DistinctResamples => ResampledRuns
        ? Math.Round(Math.Exp(Lgamma(2 * Units) - Lgamma(Units + 1) - Lgamma(Units)))
        : double.PositiveInfinity;

    /// <summary>Median, standard error and percentile 95% interval of parameter <paramref name="index"/>.</summary>
    public Uncertainty.Uncertainty Parameter(int index) => Uncertainty.Uncertainty.Of(Samples.Select(s => s[index]));

    private static double Lgamma(int n) => MathNet.Numerics.SpecialFunctions.GammaLn(n);
}
