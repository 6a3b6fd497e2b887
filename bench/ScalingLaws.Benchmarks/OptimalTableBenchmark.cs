using ScalingLaws.Planning;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// A table of compute-optimal allocations for 1,000 budgets (log-spaced, 1e18 to 1e26 FLOPs), each
/// with the median and 95% interval of N*, D* and L* over 4,000 bootstrap resamples of the Chinchilla
/// fit to Epoch's 240 rows, as <c>scaling optimal</c> computes them. Target: under 1 s.
/// </summary>
[ShortJob]
public class OptimalTableBenchmark
{
    private const int Budgets = 1_000;

    private BootstrapResult _bootstrap = null!;
    private double[] _budgets = null!;

    [GlobalSetup]
    public void Setup()
    {
        var table = BenchmarkData.Chinchilla();
        var fitter = new LawFitter(ChinchillaLaw.Instance);
        _bootstrap = new Bootstrap(resamples: 4_000, seed: 0).Run(fitter, table, fitter.Fit(table));
        _budgets = [.. Enumerable.Range(0, Budgets).Select(i => Math.Pow(10, 18 + 8.0 * i / (Budgets - 1)))];
    }

    [Benchmark]
    public AllocationSpread[] Table() => new AllocationUncertainty(_bootstrap).ForFlops(_budgets);
}
