namespace ScalingLaws.Uncertainty;

/// <summary>
/// Parameter values refitted on resamples of the rows or of the runs. Summaries (standard errors, percentile
/// intervals, correlations) and any derived quantity or prediction are computed from the samples.
/// </summary>
/// <param name="kind">What was resampled: rows, or whole runs (a cluster bootstrap).</param>
/// <param name="units">How many rows or runs each resample drew; 0 when not known (e.g. read from an older file).</param>
public sealed class BootstrapResult(
    ScalingLaw law, int resamples, int seed, ImmutableArray<ImmutableArray<double>> samples,
    BootstrapKind kind = BootstrapKind.Rows, int units = 0)
{
    /// <summary>The law refitted.</summary>
    public ScalingLaw Law { get; } = law;

    /// <summary>Resamples drawn.</summary>
    public int Resamples { get; } = resamples;

    /// <summary>The random seed.</summary>
    public int Seed { get; } = seed;

    /// <summary>What each resample drew with replacement: rows, or whole runs.</summary>
    public BootstrapKind Kind { get; } = kind;

    /// <summary>The number of rows or runs each resample drew (the table's count of them).</summary>
    public int Units { get; } = units;

    /// <summary>Natural-unit parameter values of each resample whose fit converged.</summary>
    public ImmutableArray<ImmutableArray<double>> Samples { get; } = samples;

    /// <summary>Resamples whose fit converged.</summary>
    public int Converged => Samples.Length;

    /// <summary>The spread of parameter <paramref name="index"/> over the converged resamples.</summary>
    public Uncertainty Parameter(int index) => Uncertainty.Of(Samples.Select(s => s[index]));

    /// <summary>The spread of the parameter called <paramref name="name"/>.</summary>
    public Uncertainty Parameter(string name) => Parameter(Law.IndexOf(name));

    /// <summary>Any function of the parameters, e.g. a = β/(α+β) or a prediction.</summary>
    public Uncertainty Derived(Func<ImmutableArray<double>, double> quantity) => Uncertainty.Of(Samples.Select(quantity));

    /// <summary>The loss predicted by each resample at one point.</summary>
    public Uncertainty Prediction(double first, double second = double.NaN, double third = double.NaN) =>
        Derived(values => Law.Predict(values.AsSpan(), first, second, third));

    /// <summary>Pearson correlation of the parameters across resamples; NaN where a parameter did not vary.</summary>
    public double[,] Correlation()
    {
        var k = Law.ParameterCount;
        var columns = Enumerable.Range(0, k).Select(j => Samples.Select(s => s[j]).ToArray()).ToArray();
        var result = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
                result[i, j] = PearsonCorrelation.Of(columns[i], columns[j]);
        }
        return result;
    }
}
