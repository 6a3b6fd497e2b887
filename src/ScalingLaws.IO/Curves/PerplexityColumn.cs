namespace ScalingLaws.IO.Curves;

/// <summary>
/// A loss-curve column that holds a raw perplexity (an evaluation's, e.g. W&amp;B's <c>perplexity_eval - Pile-CC</c> or
/// <c>lambada_ppl</c>): the curve laws describe a loss, so its natural logarithm is read, the loss in nats.
/// </summary>
internal static class PerplexityColumn
{
    /// <summary>Whether the header names a perplexity (it says perplexity, or ends in ppl) and not already its logarithm.</summary>
    public static bool Is(string header)
    {
        var name = string.Concat(header.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        return (name.Contains("perplexity", StringComparison.Ordinal) || name.EndsWith("ppl", StringComparison.Ordinal))
            && !name.Contains("log", StringComparison.Ordinal);
    }

    /// <summary>Whether the header says the perplexity is the training loss's (<c>train_perplexity</c>, <c>train/ppl</c>), not an evaluation's.</summary>
    public static bool IsTraining(string header) => header.Contains("train", StringComparison.OrdinalIgnoreCase);
}
