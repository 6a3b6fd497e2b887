namespace ScalingLaws.Downstream;

/// <summary>One held-out final score and what each method predicted for it (null where the method did not apply).</summary>
public sealed record HeldOutScore(TaskRow Target, AccuracyPrediction? Sigmoid, AccuracyPrediction? Exponential, AccuracyPrediction? Direct, double Baseline);
