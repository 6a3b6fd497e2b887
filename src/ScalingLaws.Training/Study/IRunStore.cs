namespace ScalingLaws.Training.Study;

/// <summary>Where a sweep keeps its measurements and states, so that it can stop at any moment and resume.</summary>
public interface IRunStore
{
    /// <summary>Whether the run has finished.</summary>
    bool IsFinished(string run);

    /// <summary>The run's saved measurements, in step order, up to its saved state.</summary>
    IReadOnlyList<Checkpoint> Checkpoints(string run);

    /// <summary>The run's saved state to continue from, or null to start afresh.</summary>
    TrainingState? State(string run);

    /// <summary>The kept state of run <paramref name="point"/>.Run at its step, to branch from.</summary>
    TrainingState BranchState(BranchPoint point);

    /// <summary>Saves the run's measurements so far and its state; keeps the state for branching when asked.</summary>
    void Save(PlannedRun run, IReadOnlyList<Checkpoint> checkpoints, TrainingState state, bool keepForBranch);

    /// <summary>Marks the run finished, once all of its measurements are saved.</summary>
    void Finish(PlannedRun run, IReadOnlyList<Checkpoint> checkpoints);
}
