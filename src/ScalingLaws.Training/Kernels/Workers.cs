namespace ScalingLaws.Training.Kernels;

/// <summary>
/// Splits independent work into one contiguous range per core. Each output element is computed by one
/// worker in a fixed order, so results do not depend on thread timing: training is deterministic.
/// </summary>
public static class Workers
{
    /// <summary>The number of ranges work is split into; the cores of the machine unless set lower.</summary>
    public static int Count { get; set; } = Environment.ProcessorCount;

    /// <summary>Runs body(start, end, worker) over [0, count) in at most <see cref="Count"/> ranges of whole <paramref name="grain"/>s.</summary>
    public static void For(int count, int grain, Action<int, int, int> body)
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
