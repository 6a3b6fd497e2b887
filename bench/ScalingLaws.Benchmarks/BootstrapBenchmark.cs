using ScalingLaws.Uncertainty;

namespace ScalingLaws.Benchmarks;

/// <summary>4,000 bootstrap resamples of Epoch's 240 rows, each refitted from the full-data fit. Target: under 2 s.</summary>
[ShortJob]
public class BootstrapBenchmark
{
    private ObservationTable _table = null!;
    private LawFitter _fitter = null!;
    private FitResult _fit = null!;
    private readonly Bootstrap _bootstrap = new(resamples: 4_000, seed: 0);

    [GlobalSetup]
    public void Setup()
    {
        _table = BenchmarkData.Chinchilla();
        _fitter = new LawFitter(ChinchillaLaw.Instance);
        _fit = _fitter.Fit(_table);
    }

    [Benchmark]
    public BootstrapResult Resample4000() => _bootstrap.Run(_fitter, _table, _fit);
}
