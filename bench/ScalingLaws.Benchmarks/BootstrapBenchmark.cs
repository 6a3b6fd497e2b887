using ScalingLaws.Uncertainty;

namespace ScalingLaws.Benchmarks;

/// <summary>4,000 bootstrap resamples of Epoch's 240 rows, each refitted from the full-data fit. Target: under 2 s.</summary>
[ShortJob]
public class BootstrapBenchmark : ChinchillaFitBenchmark
{
    private FitResult _fit = null!;
    private readonly Bootstrap _bootstrap = new(resamples: 4_000, seed: 0);

    /// <summary>The table, and the full-data fit the resamples start from.</summary>
    public override void Setup()
    {
        base.Setup();
        _fit = Fitter.Fit(Table);
    }

    [Benchmark]
    public BootstrapResult Resample4000() => _bootstrap.Run(Fitter, Table, _fit);
}
