namespace ScalingLaws.Benchmarks;

/// <summary>The full 4,500-start Chinchilla fit of Epoch's 240 rows. Target: under 0.5 s.</summary>
[ShortJob]
public class GridFitBenchmark
{
    private ObservationTable _table = null!;
    private LawFitter _fitter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _table = BenchmarkData.Chinchilla();
        _fitter = new LawFitter(ChinchillaLaw.Instance);
    }

    [Benchmark]
    public FitResult Fit() => _fitter.Fit(_table);
}
