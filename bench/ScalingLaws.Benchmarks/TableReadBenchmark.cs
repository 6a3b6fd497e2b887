using ScalingLaws.IO;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// Reads a 1,000,000-row CSV (the seeded synthetic Chinchilla table as <see cref="TableWriter"/> writes it,
/// into a temporary file). Target: under 0.5 s and 150 MB allocated.
/// </summary>
[ShortJob]
public class TableReadBenchmark
{
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"scaling-bench-{Guid.NewGuid():N}.csv");
        TableWriter.WriteCsv(_path, BenchmarkData.Synthetic(1_000_000));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public ObservationTable Read() => TableReader.Read(_path);
}
