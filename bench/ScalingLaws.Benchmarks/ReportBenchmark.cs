using ScalingLaws.Analysis;
using ScalingLaws.Report;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// <c>scaling report</c> on Epoch's 240 Chinchilla rows with a 1,000-resample bootstrap: the 4,500-start
/// fit, the bootstrap, Approach 2, every figure rendered to SVG and the page built (target &lt; 5 s); and
/// <c>scaling demo</c>: simulate, fit, bootstrap 1,000, study, write runs.csv, fit.json and report.html
/// (target &lt; 10 s). Each is timed cold per iteration: nothing is cached between them.
/// </summary>
[ShortJob]
public class ReportBenchmark
{
    private ObservationTable _chinchilla = null!;
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _chinchilla = BenchmarkData.Chinchilla();
        _folder = Directory.CreateTempSubdirectory("scaling-demo-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public string ChinchillaReport() => ReportPage.Build(ReportAnalysis.Run(_chinchilla, new ReportSettings
    {
        Fitter = new LawFitter(ChinchillaLaw.Instance),
        Resamples = 1000,
        Seed = 42,
    }));

    [Benchmark]
    public Demo.Outcome Demo() => Report.Demo.Run(_folder, seed: 42, generator: "benchmark");
}
