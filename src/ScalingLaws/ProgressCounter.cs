namespace ScalingLaws;

/// <summary>
/// Counts finished units from many threads and passes the count on to an optional
/// <see cref="IProgress{T}"/>. The receiver must be thread-safe and cheap; it does its own throttling.
/// </summary>
internal sealed class ProgressCounter(IProgress<WorkProgress>? progress, string stage, int total)
{
    private int _done;

    public void Step()
    {
        if (progress is null)
            return;
        progress.Report(new WorkProgress(stage, Interlocked.Increment(ref _done), total));
    }
}
