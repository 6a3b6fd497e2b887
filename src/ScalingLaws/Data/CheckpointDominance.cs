namespace ScalingLaws.Data;

/// <summary>
/// Checkpoints dominate a fit when most of its rows are intermediate checkpoints rather than runs, or when a few
/// long runs hold most of the rows. A fit that counts rows equally then weights runs by how often they were
/// evaluated, and mid-run losses (before the schedule has decayed) pull the law towards the curves of those runs.
/// </summary>
/// <param name="Rows">Rows fitted.</param>
/// <param name="Runs">Runs they come from.</param>
/// <param name="LargestRuns">The largest tenth of the runs (at least one).</param>
/// <param name="LargestRunsShare">The share of rows those runs hold.</param>
public sealed record CheckpointDominance(int Rows, int Runs, int LargestRuns, double LargestRunsShare)
{
    /// <summary>At this many rows per run, two thirds of the rows are checkpoints before a run's last.</summary>
    public const double RowsPerRunLimit = 3;

    /// <summary>The largest tenth of the runs holding half the rows or more (and twice their even share) is uneven.</summary>
    public const double LargestShareLimit = 0.5;

    /// <summary>Mean rows per run.</summary>
    public double RowsPerRun => (double)Rows / Runs;

    /// <summary>Most rows are checkpoints: at least <see cref="RowsPerRunLimit"/> rows per run.</summary>
    public bool ManyCheckpointsPerRun => RowsPerRun >= RowsPerRunLimit;

    /// <summary>A few runs hold most rows: the largest tenth holds at least half of them and twice its even share.</summary>
    public bool FewRunsHoldMostRows =>
        LargestRunsShare >= LargestShareLimit && LargestRunsShare >= 2.0 * LargestRuns / Runs;

    /// <summary>The dominance of <paramref name="runs"/>, or null when checkpoints do not dominate.</summary>
    public static CheckpointDominance? Assess(RunIndex runs)
    {
        if (!runs.HasCheckpoints)
            return null;
        var largest = Math.Max(1, (int)Math.Ceiling(runs.Count / 10.0));
        var held = runs.Sizes.OrderDescending().Take(largest).Sum();
        var dominance = new CheckpointDominance(runs.Rows, runs.Count, largest, (double)held / runs.Rows);
        return dominance.ManyCheckpointsPerRun || dominance.FewRunsHoldMostRows ? dominance : null;
    }
}
