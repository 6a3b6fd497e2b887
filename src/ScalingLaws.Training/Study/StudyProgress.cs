namespace ScalingLaws.Training.Study;

/// <summary>Where a sweep is: run <see cref="RunIndex"/> of <see cref="RunCount"/>, at <see cref="Step"/> of its steps.</summary>
/// <param name="Skipped">True when the run was already finished and is not trained again.</param>
public sealed record StudyProgress(int RunIndex, int RunCount, PlannedRun Run, long Step, double TrainLoss, double TokensPerSecond, bool Skipped);
