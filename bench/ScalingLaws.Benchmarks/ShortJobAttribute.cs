using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace ScalingLaws.Benchmarks;

/// <summary>
/// The short job the benchmarks share on purpose (bench/README.md): 1 launch, 1 warm-up and 5 iterations (fewer for
/// the slowest), allocations measured; the same job and diagnoser as <c>[MemoryDiagnoser]</c> with
/// <c>[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: n)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ShortJobAttribute(int iterationCount = 5) : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(new Job { Run = { LaunchCount = 1, WarmupCount = 1, IterationCount = iterationCount } }.Freeze())
        .AddDiagnoser(MemoryDiagnoser.Default);
}
