using ScalingLaws.Training.Training;

namespace ScalingLaws.Training.Store;

/// <summary>A run's measurements so far, and whether it is finished: the JSON file the study resumes from.</summary>
public sealed record RunLog(string Run, bool Finished, IReadOnlyList<Checkpoint> Checkpoints);
