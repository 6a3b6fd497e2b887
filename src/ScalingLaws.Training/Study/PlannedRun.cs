namespace ScalingLaws.Training.Study;

/// <summary>One training run of a sweep.</summary>
/// <param name="TargetSize">The size asked for; <see cref="Config"/> has the shape chosen for it.</param>
/// <param name="From">Where this run continues another one, or null to start from scratch.</param>
/// <param name="BranchSteps">The steps of this run that other runs continue from, whose states must be kept.</param>
public sealed record PlannedRun(string Name, double TargetSize, ModelConfig Config, TrainingSettings Settings, BranchPoint? From, IReadOnlyList<long> BranchSteps)
{
    /// <summary>Optimizer steps of the run.</summary>
    public long Steps => Settings.Steps(Config.Context);
}

/// <summary>Run <paramref name="Run"/>'s state after <paramref name="Step"/> steps.</summary>
public sealed record BranchPoint(string Run, long Step);
