using ScalingLaws.Training.Store;

namespace ScalingLaws.Cli.Commands.Study;

/// <summary>The per-position losses a study measured: where they are, and each finished run's last measurement against the Bayes predictor.</summary>
internal sealed record PositionSummary(string Path, int Rows, int Positions, IReadOnlyList<PositionSummary.FinalRun> Runs)
{
    /// <summary>A run's held-out loss at a few positions (1, √T rounded, T) in its last measurement, and the Bayes loss there when known.</summary>
    public sealed record FinalRun(string Run, IReadOnlyList<int> At, IReadOnlyList<double> Loss, IReadOnlyList<double>? Bayes);

    public static PositionSummary Read(string directory, StudyManifest manifest)
    {
        var order = manifest.Runs.Select(r => r.Name).ToList();
        var logs = StudyDirectory.FinishedLogs(directory).OrderBy(l => order.IndexOf(l.Run)).ToList();
        var context = logs.Count > 0 ? logs[0].Checkpoints[^1].PositionLosses.Count : 0;
        int[] at = context > 0 ? [.. new[] { 1, (int)Math.Round(Math.Sqrt(context)), context }.Distinct()] : [];
        var runs = logs.Select(log => new FinalRun(
            log.Run,
            at,
            [.. at.Select(i => log.Checkpoints[^1].PositionLosses[i - 1])],
            manifest.BayesLosses is { } bayes ? [.. at.Select(i => bayes[i - 1])] : null)).ToList();
        return new PositionSummary(System.IO.Path.Combine(directory, StudyDirectory.PositionsFile), logs.Sum(l => l.Checkpoints.Count), context, runs);
    }
}
