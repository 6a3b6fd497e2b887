namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>The peak learning rate and the batch size in tokens a law prescribes for one training run.</summary>
public sealed record HyperparameterOptimum(double LearningRate, double BatchTokens)
{
    /// <summary>
    /// Whether no run could train with this prescription: a peak learning rate of 1 or more (no language model's peak rate
    /// comes near it), a batch below one token, or one larger than the run's <paramref name="tokens"/> (less than one step;
    /// NaN when the run's tokens are not known). A law read this far outside the runs it was fitted on gives numbers, not advice.
    /// </summary>
    public bool IsImpossibleFor(double tokens) => LearningRate >= 1 || BatchTokens < 1 || BatchTokens > tokens;
}
