namespace ScalingLaws.Data;

/// <summary>
/// Losses too large to be a language model's cross-entropy, most likely perplexities given as losses: a model that
/// guesses uniformly over a vocabulary of V tokens scores ln V nats, and an untrained model scores about that, so no loss
/// in nats exceeds ln V. The largest vocabularies in use hold about 256,000 tokens (ln 256,000 = 12.45 nats), hence
/// <see cref="Ceiling"/>; a perplexity is above it whenever the loss behind it is above 2.53 nats.
/// </summary>
/// <param name="Count">Rows whose loss is above <see cref="Ceiling"/>.</param>
/// <param name="Rows">Rows in the table.</param>
/// <param name="Largest">The row with the largest loss.</param>
public sealed record PerplexityLikeLosses(int Count, int Rows, Observation Largest)
{
    /// <summary>ln 256,000 = 12.45 nats rounded up: the uniform guess over the largest vocabularies.</summary>
    public const double Ceiling = 12.5;

    /// <summary>The rows of <paramref name="table"/> whose loss is above <see cref="Ceiling"/>, or null when there are none.</summary>
    public static PerplexityLikeLosses? Find(ObservationTable table)
    {
        var above = table.Rows.Where(r => r.Loss > Ceiling).ToList();
        return above.Count == 0 ? null : new PerplexityLikeLosses(above.Count, table.Count, above.MaxBy(r => r.Loss));
    }
}
