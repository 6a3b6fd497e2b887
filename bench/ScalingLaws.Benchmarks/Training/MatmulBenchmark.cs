using ScalingLaws.Training.Kernels;

namespace ScalingLaws.Benchmarks.Training;

/// <summary>
/// The trainer's matrix kernel on 2 cores at the shapes a step of the 800K model (L=4, d=128, batch 32×64)
/// multiplies: QKV, the MLP up and down projections, the tied output layer, and a weight gradient Xᵀ·dY.
/// </summary>
[Config(typeof(RooflineConfig))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class MatmulBenchmark
{
    private static readonly Workers TwoCores = new(2);
    private Matrix<float> _a, _b, _c;

    [Params("2048x128x384", "2048x128x512", "2048x512x128", "2048x128x64", "T:128x2048x512")]
    public string Shape { get; set; } = "";

    private bool Transposed => Shape.StartsWith("T:", StringComparison.Ordinal);

    public static (int M, int K, int N) Parse(string shape)
    {
        var parts = shape.Replace("T:", "").Split('x').Select(int.Parse).ToArray();
        return (parts[0], parts[1], parts[2]);
    }

    [GlobalSetup]
    public void Setup()
    {
        var (m, k, n) = Parse(Shape);
        var random = new Random(1);
        Matrix<float> Random(int rows, int columns) => new([.. Enumerable.Range(0, rows * columns).Select(_ => (float)random.NextDouble())], rows, columns);
        (_a, _b, _c) = (Transposed ? Random(k, m) : Random(m, k), Random(k, n), Random(m, n));
    }

    [Benchmark]
    public void Multiply() => Gemm.Multiply(TwoCores, _a, _b, _c, accumulate: false, transposeA: Transposed);
}
