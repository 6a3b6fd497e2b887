using BenchmarkDotNet.Engines;
using ScalingLaws.Estimation;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// The Hitchhiker's estimation grid (<see cref="EvaluationStudy"/>) over every family of every
/// catalog dataset that has at least 3 sizes (OLMo has 2 and is left out): every k × p = 0.1 … 1.0,
/// one case per objective and token cut. The four cases together are the whole grid; target: their
/// sum under 30 s on 2 cores. A case runs for seconds to minutes, so each is timed once, cold.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class EvaluationGridBenchmark
{
    private ObservationTable[] _tables = null!;

    [Params("least-squares", "huber-log")]
    public string Objective { get; set; } = "least-squares";

    /// <summary>The study's 10B cut, or none.</summary>
    [Params(1e10, 0.0)]
    public double MinTokens { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchmarkData.SharedData;
        _tables = [.. DatasetCatalog.All.Select(d => Studiable(DatasetCatalog.Load(d.Name, folder))).Where(t => t.Count > 0)];
    }

    [Benchmark]
    public int Grid()
    {
        var settings = new EvaluationSettings
        {
            Method = Objective == "huber-log" ? EstimationMethod.HuberGrid : EstimationMethod.LeastSquares,
            MinTokens = MinTokens,
        };
        var study = new EvaluationStudy(settings);
        return _tables.Sum(t => study.Run(t).Families.Sum(f => f.Cells.Count));
    }

    // The families the study can evaluate: 2 sizes to fit and 1 to predict.
    private static ObservationTable Studiable(ObservationTable table)
    {
        var families = ModelFamily.Split(table).Where(f => f.Sizes.Length >= ModelFamily.MinimumSizes).Select(f => f.Name).ToHashSet();
        return table.Where(r => families.Contains(r.Family ?? table.Source));
    }
}
