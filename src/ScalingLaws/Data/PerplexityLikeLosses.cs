namespace ScalingLaws.Data;

/// <summary>
/// Losses too large to be a language model's cross-entropy, most likely perplexities given as losses: a model that
/// guesses uniformly over a vocabulary of V tokens scores ln V nats, and an untrained model scores about that, so no loss
/// in nats exceeds ln V. The largest vocabularies in use hold about 256,000 tokens (ln 256,000 = 12.45 nats), hence
/// <see cref="Ceiling"/>; a perplexity is above it whenever the loss behind it is above 2.53 nats.
/// </summary>
public static class PerplexityLikeLosses
{
    /// <summary>ln 256,000 = 12.45 nats rounded up: the uniform guess over the largest vocabularies.</summary>
    public const double Ceiling = 12.5;

    /// <summary>The rows of <paramref name="table"/> whose loss is above <see cref="Ceiling"/>, or null when there are none.</summary>
    public static LossesOutOfScale? Find(ObservationTable table) => LossesOutOfScale.Find(table, Ceiling, above: true);
}
