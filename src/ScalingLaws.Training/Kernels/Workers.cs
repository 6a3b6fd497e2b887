namespace ScalingLaws.Training.Kernels;

/// <summary>
/// Splits independent work into one contiguous range per core. Each output element is computed by one
/// worker in a fixed order, so results depend neither on thread timing nor on <see cref="Count"/>: training is
/// deterministic. Passed to every kernel, so the degree of parallelism is an option, not global state.
/// </summary>
public sealed class Workers
{
    /// <param name="maxDegreeOfParallelism">At most this many ranges run at once (the project's MaxDegreeOfParallelism convention).</param>
    public Workers(int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        Count = maxDegreeOfParallelism;
    }

    /// <summary>One range per core of the machine.</summary>
    public static Workers AllCores { get; } = new(Environment.ProcessorCount);

    /// <summary>The number of ranges work is split into.</summary>
    public int Count { get; }

    /// <summary>Runs body(start, end, worker) over [0, count) in at most <see cref="Count"/> ranges of whole <paramref name="grain"/>s.</summary>
    public void For(int count, int grain, Action<int, int, int> body)
    {
        var chunks = (count + grain - 1) / grain;
        var workers = Math.Min(Count, chunks);
        if (workers <= 1)
        {
            body(0, count, 0);
            return;
        }
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var start = (int)((long)chunks * w / workers) * grain;
            var end = Math.Min(count, (int)((long)chunks * (w + 1) / workers) * grain);
            body(start, end, w);
        });
    }
}
