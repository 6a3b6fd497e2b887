namespace ScalingLaws.Training.Training;

/// <summary>One measurement of a run: the held-out loss overall and at each position (1-based position i predicts from i tokens).</summary>
/// <param name="LearningRate">The rate of the step just taken.</param>
/// <param name="TrainLoss">The mean training loss over the steps since the previous checkpoint.</param>
public sealed record Checkpoint(long Step, double Tokens, double Flops, double LearningRate, double Loss, double TrainLoss, IReadOnlyList<double> PositionLosses);
