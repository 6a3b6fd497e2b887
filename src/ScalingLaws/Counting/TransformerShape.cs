namespace ScalingLaws.Counting;

/// <summary>
/// The sizes of a decoder-only transformer that parameter and FLOP counts depend on, in the
/// notation of Kaplan et al. 2020 (L, d_model, d_ff, n_ctx) and Hoffmann et al. 2022 Table A4
/// (layers, d_model, ffw_size, heads, kv_size).
/// </summary>
public sealed record TransformerShape
{
    /// <param name="feedForward">d_ff; 4·d_model when not given, as in both papers.</param>
    /// <param name="headSize">The key/query size per head; d_model/heads when not given.</param>
    public TransformerShape(int layers, int dModel, int heads, int vocabulary, int sequenceLength, int? feedForward = null, int? headSize = null)
    {
        Layers = Positive(layers, "number of layers");
        DModel = Positive(dModel, "model width d_model");
        Heads = Positive(heads, "number of heads");
        Vocabulary = Positive(vocabulary, "vocabulary size");
        SequenceLength = Positive(sequenceLength, "context length n_ctx");
        FeedForward = feedForward is { } given ? Positive(given, "feed-forward width d_ff") : 4L * dModel;
        HeadSize = Positive(headSize ?? DefaultHeadSize(dModel, heads), "head size");
    }

    /// <summary>Transformer blocks, L.</summary>
    public int Layers { get; }

    /// <summary>The residual width d_model.</summary>
    public int DModel { get; }

    /// <summary>Attention heads.</summary>
    public int Heads { get; }

    /// <summary>Vocabulary size.</summary>
    public int Vocabulary { get; }

    /// <summary>n_ctx: the tokens per training sequence.</summary>
    public int SequenceLength { get; }

    /// <summary>The MLP's hidden width d_ff (a long: 4·d_model of a wide model passes an int).</summary>
    public long FeedForward { get; }

    /// <summary>The key/query size per head.</summary>
    public int HeadSize { get; }

    /// <summary>
    /// d_attn = heads × head size, the width of the attention projections (d_model in every Table A4 model); a long, since
    /// the product of two ints given on the command line can pass an int.
    /// </summary>
    public long AttentionWidth => (long)Heads * HeadSize;

    private static int DefaultHeadSize(int dModel, int heads) => dModel % heads == 0
        ? dModel / heads
        : throw new ScalingLawsException($"d_model {dModel} is not a multiple of {heads} heads; give the head size explicitly.");

    private static int Positive(int value, string what) => value > 0
        ? value
        : throw new ScalingLawsException($"the {what} must be a positive integer, got {value}.");
}
