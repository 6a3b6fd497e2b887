using System.Runtime.Intrinsics;

namespace ScalingLaws.Benchmarks.Training;

/// <summary>
/// The machine's own peak for float32: twelve independent chains of 256-bit fused multiply-adds per core,
/// enough to hide the FMA latency, with no memory traffic. The ceiling of the roofline.
/// </summary>
[Config(typeof(RooflineConfig))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class PeakFlopsBenchmark
{
    private const long Iterations = 20_000_000;
    public const double FlopsPerThread = Iterations * 12 * 16.0; // 12 FMAs of 8 lanes, 2 operations each

    [Params(1, 2)]
    public int Threads { get; set; }

    [Benchmark]
    public float Peak()
    {
        var sums = new float[Threads];
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t => sums[t] = Chains());
        return sums.Sum();
    }

    private static float Chains()
    {
        var (x, y) = (Vector256.Create(1.0000001f), Vector256.Create(0.9999999f));
        Vector256<float> c0 = default, c1 = default, c2 = default, c3 = default, c4 = default, c5 = default;
        Vector256<float> c6 = default, c7 = default, c8 = default, c9 = default, c10 = default, c11 = default;
        for (long i = 0; i < Iterations; i++)
        {
            c0 = Vector256.FusedMultiplyAdd(x, y, c0);
            c1 = Vector256.FusedMultiplyAdd(x, y, c1);
            c2 = Vector256.FusedMultiplyAdd(x, y, c2);
            c3 = Vector256.FusedMultiplyAdd(x, y, c3);
            c4 = Vector256.FusedMultiplyAdd(x, y, c4);
            c5 = Vector256.FusedMultiplyAdd(x, y, c5);
            c6 = Vector256.FusedMultiplyAdd(x, y, c6);
            c7 = Vector256.FusedMultiplyAdd(x, y, c7);
            c8 = Vector256.FusedMultiplyAdd(x, y, c8);
            c9 = Vector256.FusedMultiplyAdd(x, y, c9);
            c10 = Vector256.FusedMultiplyAdd(x, y, c10);
            c11 = Vector256.FusedMultiplyAdd(x, y, c11);
        }
        return Vector256.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11);
    }
}
