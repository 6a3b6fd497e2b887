namespace ScalingLaws.Training.Training;

/// <summary>Everything needed to continue a run exactly: the steps taken, the weights and the optimizer's moments.</summary>
public sealed record TrainingState(long Step, float[] Parameters, float[] First, float[] Second);
