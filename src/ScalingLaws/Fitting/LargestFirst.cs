using System.Collections.Concurrent;

namespace ScalingLaws.Fitting;

/// <summary>
/// Runs independent jobs of very different sizes in parallel, largest first and one at a time to whichever thread
/// is free, so that no thread is left alone with a big job at the end (<see cref="Parallel.For(int, int, Action{int})"/>
/// hands each thread a contiguous range first, and neighbouring jobs are often the big ones).
/// </summary>
internal static class LargestFirst
{
    public static void Run(int count, Func<int, long> size, ParallelOptions parallel, Action<int> job)
    {
        var order = Enumerable.Range(0, count).OrderByDescending(size).ThenBy(i => i).ToArray();
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), parallel, job);
    }
}
