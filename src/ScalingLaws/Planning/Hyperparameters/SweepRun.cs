namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>One run of a learning-rate and batch-size sweep: its size, tokens, peak learning rate, batch in tokens and final loss.</summary>
public sealed record SweepRun(double Params, double Tokens, double LearningRate, double BatchTokens, double Loss);
