namespace ScalingLaws.Analysis;

/// <summary>The per-position losses a study measured: how many, and each finished run's last measurement against the Bayes predictor.</summary>
/// <param name="Source">The table of every run's per-position losses, as named.</param>
/// <param name="Rows">The checkpoints measured, over all finished runs.</param>
/// <param name="Positions">T, the positions of each measurement (the context length); 0 without a finished run.</param>
/// <param name="Runs">Each finished run's last measurement, in the study's run order.</param>
public sealed record StudyPositions(string Source, int Rows, int Positions, IReadOnlyList<StudyPositions.FinalRun> Runs)
{
    /// <summary>A run's held-out loss at a few positions (1, √T rounded, T) in its last measurement, and the Bayes loss there when known.</summary>
    /// <param name="Run">The run's name.</param>
    /// <param name="At">The positions, from 1.</param>
    /// <param name="Loss">The run's loss at each of them.</param>
    /// <param name="Bayes">The exact Bayes predictor's loss at each of them, or null.</param>
    public sealed record FinalRun(string Run, IReadOnlyList<int> At, IReadOnlyList<double> Loss, IReadOnlyList<double>? Bayes);

    /// <summary>The summary of <paramref name="study"/>'s per-position losses.</summary>
    public static StudyPositions Of(StudyMeasurements study)
    {
        var context = study.Runs.Count > 0 ? study.Runs[0].PositionCount : 0;
        int[] at = context > 0 ? [.. new[] { 1, (int)Math.Round(Math.Sqrt(context)), context }.Distinct()] : [];
        var runs = study.Runs.Select(run => new FinalRun(
            run.Run,
            at,
            [.. at.Select(i => run.Checkpoints[^1].Losses[i - 1])],
            study.BayesLosses is { } bayes ? [.. at.Select(i => bayes[i - 1])] : null)).ToList();
        return new StudyPositions(study.PositionsSource, study.Runs.Sum(r => r.Count), context, runs);
    }
}
