namespace ScalingLaws.Counting;

/// <summary>
/// Hoffmann et al. 2022 Appendix F: the forward FLOPs of one sequence of S tokens, by component.
/// The backward pass costs twice the forward, so training costs 3× forward.
/// <para>
/// Which part reproduces Table A4: the ratios FLOPs/6ND listed there (1.03, 1.10, 1.08, 1.04,
/// 1.03, 0.99) come out of <see cref="Layers"/>, the attention and dense blocks only, against 6·N
/// with N the Chinchilla-style parameter count. <see cref="Total"/>, with the embedding and logits
/// terms Appendix F also lists, gives 1.58 … 1.03 for the same models.
/// </para>
/// </summary>
/// <param name="Embeddings">2·S·V·d, as the appendix counts the embedding lookup.</param>
/// <param name="QueryKeyValue">Per layer: 2·3·S·d·(k·h).</param>
/// <param name="AttentionLogits">Per layer, key @ query: 2·S²·(k·h).</param>
/// <param name="Softmax">Per layer: 3·h·S².</param>
/// <param name="AttentionReduction">Per layer, softmax @ value: 2·S²·(k·h).</param>
/// <param name="AttentionOutput">Per layer, the final linear: 2·S·(k·h)·d.</param>
/// <param name="Dense">Per layer, the feed-forward block: 2·S·(2·d·d_ff).</param>
/// <param name="Logits">2·S·d·V.</param>
public sealed record ChinchillaFlops(
    double Embeddings,
    double QueryKeyValue,
    double AttentionLogits,
    double Softmax,
    double AttentionReduction,
    double AttentionOutput,
    double Dense,
    double Logits,
    int LayerCount,
    int SequenceLength)
{
    /// <summary>The forward FLOPs of one attention block.</summary>
    public double Attention => QueryKeyValue + AttentionLogits + Softmax + AttentionReduction + AttentionOutput;

    /// <summary>The forward FLOPs of one sequence through the attention and dense blocks of every layer.</summary>
    public double LayersForward => LayerCount * (Attention + Dense);

    /// <summary>The appendix's total forward FLOPs of one sequence: embeddings + layers + logits.</summary>
    public double Forward => Embeddings + LayersForward + Logits;

    /// <summary>Training FLOPs per token, every term counted.</summary>
    public double Total => TrainingPerToken(Forward);

    /// <summary>Training FLOPs per token of the layers only: the count behind Table A4's ratios.</summary>
    public double Layers => TrainingPerToken(LayersForward);

    /// <summary>The FLOP count of <paramref name="shape"/> by Hoffmann et al.'s Table A4 method.</summary>
    public static ChinchillaFlops Of(TransformerShape shape)
    {
        double s = shape.SequenceLength, d = shape.DModel, v = shape.Vocabulary, kh = shape.AttentionWidth;
        return new ChinchillaFlops(
            Embeddings: 2 * s * v * d,
            QueryKeyValue: 2 * 3 * s * d * kh,
            AttentionLogits: 2 * s * s * kh,
            Softmax: 3.0 * shape.Heads * s * s,
            AttentionReduction: 2 * s * s * kh,
            AttentionOutput: 2 * s * kh * d,
            Dense: 2 * s * (2 * d * shape.FeedForward),
            Logits: 2 * s * d * v,
            shape.Layers,
            shape.SequenceLength);
    }

    // Forward + backward (2× forward), spread over the sequence's tokens.
    private double TrainingPerToken(double forwardPerSequence) => 3 * forwardPerSequence / SequenceLength;
}
