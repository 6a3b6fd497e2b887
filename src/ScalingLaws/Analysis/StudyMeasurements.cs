using ScalingLaws.Temporal;

namespace ScalingLaws.Analysis;

/// <summary>What a training study measured, as its summary (<see cref="StudySummary"/>) reads it; the run store reads it from a study folder.</summary>
/// <param name="Results">The last checkpoint of each finished run.</param>
/// <param name="Checkpoints">Every checkpoint of the finished runs.</param>
/// <param name="Runs">Each finished run's per-position losses, in the study's run order.</param>
/// <param name="BayesLosses">The exact Bayes predictor's mean loss at each position, when the data's entropy is known; else null.</param>
/// <param name="PositionsSource">The table of every run's per-position losses, as named, for messages.</param>
public sealed record StudyMeasurements(
    ObservationTable Results, ObservationTable Checkpoints, IReadOnlyList<PositionLosses> Runs, IReadOnlyList<double>? BayesLosses, string PositionsSource)
{
    /// <summary>The Bayes loss averaged over positions: the floor of the mean loss, and the E a law fit may hold fixed.</summary>
    public double? BayesLoss => BayesLosses is { Count: > 0 } b ? b.Average() : null;
}
