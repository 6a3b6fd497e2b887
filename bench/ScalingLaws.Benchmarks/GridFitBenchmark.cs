namespace ScalingLaws.Benchmarks;

/// <summary>The full 4,500-start Chinchilla fit of Epoch's 240 rows. Target: under 0.5 s.</summary>
[ShortJob]
public class GridFitBenchmark : ChinchillaFitBenchmark
{
    [Benchmark]
    public FitResult Fit() => Fitter.Fit(Table);
}
