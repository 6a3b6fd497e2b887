namespace ScalingLaws.Analysis;

/// <summary>What a study's law fit (<see cref="StudyLawFit"/>) is fitted to.</summary>
public enum StudyFitKind
{
    /// <summary>Every checkpoint above the scaled early cut: the estimation guide's way.</summary>
    Checkpoints,
    /// <summary>The last checkpoint of each run.</summary>
    LastCheckpoints,
    /// <summary>The last checkpoint of each run, with E fixed at the data's exact Bayes floor.</summary>
    LastCheckpointsFixedE,
}
