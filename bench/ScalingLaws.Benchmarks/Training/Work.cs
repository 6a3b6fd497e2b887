using BenchmarkDotNet.Running;
using ScalingLaws.Training.Model;

namespace ScalingLaws.Benchmarks.Training;

/// <summary>
/// The work one invocation of each roofline benchmark does, counted from its parameters in the host process
/// (where the columns are computed): floating-point operations, and tokens for training steps.
/// </summary>
public static class Work
{
    public const int Sequences = 32, Context = 64, Vocabulary = 64;

    public static double Flops(BenchmarkCase c) => c.Descriptor.Type.Name switch
    {
        nameof(PeakFlopsBenchmark) => (int)Parameter(c, "Threads") * PeakFlopsBenchmark.FlopsPerThread,
        nameof(MatmulBenchmark) => MatmulBenchmark.Parse((string)Parameter(c, "Shape")) is var (m, k, n) ? 2.0 * m * k * n : 0,
        nameof(TrainerStepBenchmark) => StepFlops(Shape((string)Parameter(c, "Size"))),
        _ => 0,
    };

    public static double Tokens(BenchmarkCase c) => c.Descriptor.Type.Name == nameof(TrainerStepBenchmark) ? Sequences * Context : 0;

    public static ModelConfig Shape(string size) => ModelSizing.ForTarget(IO.Quantity.Parse(size), Vocabulary, Context);

    /// <summary>
    /// The multiply-adds the trainer executes in one step, ×2: the forward's products (projections, the full T×T
    /// attention blocks it computes before masking, the tied output layer), and twice that for the backward.
    /// </summary>
    public static double StepFlops(ModelConfig config)
    {
        double rows = Sequences * Context, d = config.Width;
        var perLayer = rows * 12 * d * d + Sequences * config.Heads * 2.0 * Context * Context * config.HeadWidth;
        var forward = 2 * (config.Layers * perLayer + rows * d * config.Vocabulary);
        return 3 * forward;
    }

    private static object Parameter(BenchmarkCase c, string name) => c.Parameters[name];
}
