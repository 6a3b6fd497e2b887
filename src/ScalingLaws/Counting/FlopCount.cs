namespace ScalingLaws.Counting;

/// <summary>
/// The training FLOPs per token of one shape under one convention, and which parameter count N
/// the convention multiplies (none for Appendix F, which counts operations from the shape).
/// </summary>
public sealed record FlopCount(FlopConvention Convention, string Name, string ParamsUsed, double PerToken)
{
    /// <summary>Training FLOPs over <paramref name="tokens"/> tokens.</summary>
    public double Training(double tokens) => PerToken * tokens;

    /// <summary>This count over another, e.g. over 6ND as in Hoffmann et al. Table A4.</summary>
    public double RatioTo(FlopCount reference) => PerToken / reference.PerToken;

    /// <summary>6·N per token with N the Chinchilla-style count, the denominator of Table A4's ratios.</summary>
    public static FlopCount SixND(TransformerShape shape) =>
        new(FlopConvention.SixND, "6ND", "Chinchilla-style (all parameters)", 6 * ParameterCount.Of(shape).ChinchillaStyle);

    /// <summary>Kaplan et al. 2020: forward 2N + 2·L·n_ctx·d_attn (the attention over the context), training 3× forward.</summary>
    public static FlopCount Kaplan(TransformerShape shape)
    {
        var forward = 2 * ParameterCount.Of(shape).NonEmbedding + 2.0 * shape.Layers * shape.SequenceLength * shape.AttentionWidth;
        return new(FlopConvention.Kaplan, "Kaplan 6N + 6·L·n_ctx·d_attn", "non-embedding", 3 * forward);
    }

    /// <summary>Hoffmann et al. Appendix F with every term, as the appendix states it.</summary>
    public static FlopCount ChinchillaTotal(TransformerShape shape) =>
        new(FlopConvention.ChinchillaAppendixF, "Chinchilla App. F", "none (counts operations)", ChinchillaFlops.Of(shape).Total);

    /// <summary>Hoffmann et al. Appendix F without embeddings and logits: the count that reproduces Table A4.</summary>
    public static FlopCount ChinchillaLayers(TransformerShape shape) =>
        new(FlopConvention.ChinchillaAppendixF, "Chinchilla App. F, layers only", "none (counts operations)", ChinchillaFlops.Of(shape).Layers);

    /// <summary>Every FLOP-count convention for <paramref name="shape"/>.</summary>
    public static IReadOnlyList<FlopCount> All(TransformerShape shape) =>
        [SixND(shape), Kaplan(shape), ChinchillaTotal(shape), ChinchillaLayers(shape)];
}
