using ScalingLaws.Counting;

namespace ScalingLaws.Training.Model;

/// <summary>
/// The shape of a decoder-only transformer: token embedding + learned positions, <see cref="Layers"/> pre-norm
/// blocks (causal multi-head attention, GELU MLP of width 4·d), a final layer norm and the output layer tied
/// to the token embedding.
/// </summary>
public sealed record ModelConfig
{
    /// <summary>A shape; every size must be positive and <paramref name="heads"/> must divide <paramref name="width"/>.</summary>
    public ModelConfig(int vocabulary, int context, int layers, int width, int heads)
    {
        Vocabulary = Positive(vocabulary, "vocabulary size");
        Context = Positive(context, "context length");
        Layers = Positive(layers, "number of layers");
        Width = Positive(width, "width d_model");
        Heads = Positive(heads, "number of heads");
        if (width % heads != 0)
            throw new ScalingLawsException($"model shape: {heads} heads do not divide d_model {width}; choose a number of heads that divides the width.");
    }

    /// <summary>Distinct tokens.</summary>
    public int Vocabulary { get; }

    /// <summary>Tokens per sequence.</summary>
    public int Context { get; }

    /// <summary>Transformer blocks L.</summary>
    public int Layers { get; }

    /// <summary>d_model.</summary>
    public int Width { get; }

    /// <summary>Attention heads.</summary>
    public int Heads { get; }

    /// <summary>The width of one head, d_model / heads.</summary>
    public int HeadWidth => Width / Heads;

    /// <summary>The MLP's hidden width, 4·d_model.</summary>
    public int Hidden => 4 * Width;

    /// <summary>The shape as the parameter and FLOP counters take it.</summary>
    public TransformerShape Shape => new(Layers, Width, Heads, Vocabulary, Context);

    /// <summary>Kaplan's N: the attention and MLP weight matrices, 12·L·d² (what the study's laws are fitted to).</summary>
    public double NonEmbeddingParams => ParameterCount.Of(Shape).NonEmbedding;

    /// <summary>Every trained number: embeddings, positions, weights, biases and norms.</summary>
    public int TotalParams => new TensorLayout(this).Count;

    /// <summary>Training FLOPs per token, Kaplan et al.: 6·N + 6·L·n_ctx·d.</summary>
    public double FlopsPerToken => FlopCount.Kaplan(Shape).PerToken;

    /// <inheritdoc/>
    public override string ToString() => $"L={Layers} d={Width} h={Heads}";

    private static int Positive(int value, string what) => value > 0
        ? value
        : throw new ScalingLawsException($"model shape: the {what} must be a positive integer, got {value}.");
}
