namespace ScalingLaws.Benchmarks;

/// <summary>
/// Chinchilla fits of synthetic tables with the full 4,500-start grid, across the screening limit: up to
/// 666 rows every start runs on all rows; above it the starts are screened on 666 random rows and the
/// best optima refined on all rows. The time must grow smoothly with rows (no cliff at the limit, nor at
/// 20,000 rows where the old threshold was), and 1,000,000 rows must fit in under 10 s.
/// </summary>
[ShortJob(iterationCount: 3)]
public class LargeTableFitBenchmark
{
    private ObservationTable _table = null!;
    private LawFitter _fitter = null!;

    [Params(666, 667, 20_000, 20_001, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _table = BenchmarkData.Synthetic(Rows);
        _fitter = new LawFitter(ChinchillaLaw.Instance);
    }

    [Benchmark]
    public FitResult Fit() => _fitter.Fit(_table);
}
