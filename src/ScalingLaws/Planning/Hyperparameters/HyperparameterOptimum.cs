namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>The peak learning rate and the batch size in tokens a law prescribes for one training run.</summary>
public sealed record HyperparameterOptimum(double LearningRate, double BatchTokens);
