namespace ScalingLaws.Counting;

/// <summary>
/// The parameters of a transformer under the conventions of the two scaling-law papers. Kaplan
/// et al. 2020 fit their laws to the non-embedding count; Hoffmann et al. 2022 count every weight,
/// bias and norm (<see cref="ChinchillaStyle"/>), which is how their Table A4 lists model sizes.
/// </summary>
/// <param name="NonEmbedding">Kaplan's N: the attention and feed-forward weights, 2·d·L·(2·d_attn + d_ff) ≈ 12·L·d².</param>
/// <param name="Embedding">The token embedding V·d, shared with the output layer.</param>
/// <param name="ChinchillaStyle">Every parameter, as Hoffmann et al. Table A4 counts them.</param>
public sealed record ParameterCount(double NonEmbedding, double Embedding, double ChinchillaStyle)
{
    /// <summary>Kaplan's non-embedding count plus the embedding.</summary>
    public double Total => NonEmbedding + Embedding;

    /// <summary>The parameter counts of <paramref name="shape"/>.</summary>
    public static ParameterCount Of(TransformerShape shape) =>
        new(NonEmbeddingOf(shape), (double)shape.Vocabulary * shape.DModel, ChinchillaStyleOf(shape));

    private static double NonEmbeddingOf(TransformerShape shape)
    {
        double d = shape.DModel, attention = shape.AttentionWidth, feedForward = shape.FeedForward;
        return shape.Layers * (4 * d * attention + 2 * d * feedForward);
    }

    // Table A4's sizes (73.8M … 6.8B) come out only when biases, layer norms and the
    // Transformer-XL relative-position projection and its two bias vectors are counted too.
    private static double ChinchillaStyleOf(TransformerShape shape)
    {
        double d = shape.DModel, attention = shape.AttentionWidth, feedForward = shape.FeedForward;
        var queryKeyValue = 3 * d * attention + 3 * attention;
        var relativePosition = d * attention + 2 * attention;
        var outputProjection = attention * d + d;
        var dense = d * feedForward + feedForward + feedForward * d + d;
        var layerNorms = 4 * d;
        var perLayer = queryKeyValue + relativePosition + outputProjection + dense + layerNorms;
        var finalNorm = 2 * d;
        return shape.Layers * perLayer + finalNorm + d * shape.Vocabulary;
    }
}
