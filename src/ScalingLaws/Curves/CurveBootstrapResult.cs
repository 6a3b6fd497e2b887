namespace ScalingLaws.Curves;

/// <summary>
/// A loss-curve law refitted on resamples of its fitted points: whole runs (<see cref="BlockLength"/> null) or circular
/// blocks of <see cref="BlockLength"/> consecutive points of one run. Summaries come from the samples.
/// </summary>
/// <param name="Units">The runs drawn per resample, or the points of the one run.</param>
/// <param name="Samples">Natural-unit values of every resample whose refit converged, in the law's order.</param>
public sealed record CurveBootstrapResult(CurveLaw Law, int Resamples, int Seed, int Units, int? BlockLength, ImmutableArray<ImmutableArray<double>> Samples)
{
    /// <summary>Resamples whose fit converged.</summary>
    public int Converged => Samples.Length;

    /// <summary>True when whole runs were drawn (a cluster bootstrap), false for blocks of one run's steps.</summary>
    public bool ResampledRuns => BlockLength is null;

    /// <summary>Distinct resamples a whole-run bootstrap can draw: C(2R − 1, R), the multisets of R runs.</summary>
    public double DistinctResamples => ResampledRuns
        ? Math.Round(Math.Exp(Lgamma(2 * Units) - Lgamma(Units + 1) - Lgamma(Units)))
        : double.PositiveInfinity;

    /// <summary>Median, standard error and percentile 95% interval of parameter <paramref name="index"/>.</summary>
    public Uncertainty.Uncertainty Parameter(int index) => Uncertainty.Uncertainty.Of(Samples.Select(s => s[index]));

    /// <summary>
    /// The spread of the predicted loss at each point of <paramref name="target"/> over the resamples' laws (median,
    /// standard error and percentile 95% interval): the parameters' share of a prediction's uncertainty.
    /// </summary>
    public ImmutableArray<Uncertainty.Uncertainty> Prediction(LossCurve target)
    {
        var predicted = Samples.Select(s => Law.Predict(s.AsSpan(), target)).ToArray();
        var column = new double[predicted.Length];
        var points = new Uncertainty.Uncertainty[target.Count];
        for (var i = 0; i < points.Length; i++)
        {
            for (var r = 0; r < predicted.Length; r++)
                column[r] = predicted[r][i];
            points[i] = Uncertainty.Uncertainty.Summarize(column);
        }
        return [.. points];
    }

    private static double Lgamma(int n) => MathNet.Numerics.SpecialFunctions.GammaLn(n);
}
