namespace ScalingLaws.Benchmarks;

/// <summary>What the benchmarks of the Chinchilla fit start from: Epoch's 240 rows and the default Chinchilla fitter.</summary>
public abstract class ChinchillaFitBenchmark
{
    /// <summary>Epoch's table less its 5 highest losses.</summary>
    protected ObservationTable Table { get; private set; } = null!;

    /// <summary>The Chinchilla law's fitter with the default options (the 4,500-start grid).</summary>
    protected LawFitter Fitter { get; } = new(ChinchillaLaw.Instance);

    /// <summary>Reads the table once, outside the timed iterations.</summary>
    [GlobalSetup]
    public virtual void Setup() => Table = BenchmarkData.Chinchilla();
}
