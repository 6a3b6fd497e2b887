using ScalingLaws.Planning;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// Approach 1 on 10,000 training runs of 100 checkpoints each (1,000,000 rows) at the default
/// 1,000 grid points: grouping, sorting and smoothing every run, the sweep and the fit. Target: under 5 s.
/// </summary>
[ShortJob]
public class EnvelopeBenchmark
{
    private const int Runs = 10_000, Checkpoints = 100;

    private ObservationTable _table = null!;
    private readonly EnvelopeAnalysis _analysis = new();

    [GlobalSetup]
    public void Setup() => _table = Curves();

    [Benchmark]
    public EnvelopeResult Envelope() => _analysis.Run(_table);

    /// <summary>
    /// L = 1.69 + 406.4/N^0.34 + 410.7/D^0.28 (Hoffmann et al.) times (1 + 0.5 % uniform noise); N
    /// log-uniform in [1e7, 1e10]; checkpoints log-spaced from D = N to 250·N; rows in run order,
    /// each run named. Seeded: the same rows every run.
    /// </summary>
    private static ObservationTable Curves()
    {
        var random = new Random(1234);
        var rows = new Observation[Runs * Checkpoints];
        for (var r = 0; r < Runs; r++)
        {
            var n = Math.Exp(Math.Log(1e7) + random.NextDouble() * Math.Log(1e3));
            var name = $"run-{r:00000}";
            for (var k = 0; k < Checkpoints; k++)
            {
                var d = n * Math.Pow(250, k / (Checkpoints - 1.0));
                var loss = (1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28)) * (1 + 0.005 * (2 * random.NextDouble() - 1));
                rows[r * Checkpoints + k] = new Observation(n, d, Compute.Flops(n, d), loss, name, Step: k, SourceRow: r * Checkpoints + k + 1);
            }
        }
        return new ObservationTable(rows, "synthetic-curves");
    }
}
