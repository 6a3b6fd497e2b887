namespace ScalingLaws.Training.Model;

/// <summary>Where each tensor lives in the one flat parameter array (and, at the same offsets, in the gradient).</summary>
internal sealed class TensorLayout
{
    private readonly List<ParameterTensor> _tensors = [];

    /// <summary>The layout of every tensor of <paramref name="config"/>.</summary>
    public TensorLayout(ModelConfig config)
    {
        int d = config.Width, hidden = config.Hidden;
        TokenEmbedding = Add("token embedding", config.Vocabulary, d, decay: true);
        Positions = Add("positions", config.Context, d, decay: true);
        Blocks = [.. Enumerable.Range(0, config.Layers).Select(l => new BlockTensors(
            Add($"layer {l} norm 1 gain", 1, d, decay: false),
            Add($"layer {l} norm 1 bias", 1, d, decay: false),
            Add($"layer {l} qkv", d, 3 * d, decay: true),
            Add($"layer {l} qkv bias", 1, 3 * d, decay: false),
            Add($"layer {l} attention out", d, d, decay: true),
            Add($"layer {l} attention out bias", 1, d, decay: false),
            Add($"layer {l} norm 2 gain", 1, d, decay: false),
            Add($"layer {l} norm 2 bias", 1, d, decay: false),
            Add($"layer {l} mlp up", d, hidden, decay: true),
            Add($"layer {l} mlp up bias", 1, hidden, decay: false),
            Add($"layer {l} mlp down", hidden, d, decay: true),
            Add($"layer {l} mlp down bias", 1, d, decay: false)))];
        FinalGain = Add("final norm gain", 1, d, decay: false);
        FinalBias = Add("final norm bias", 1, d, decay: false);
    }

    /// <summary>The token embedding, vocabulary × d (also the tied output layer).</summary>
    public ParameterTensor TokenEmbedding { get; }

    /// <summary>The learned positions, context × d.</summary>
    public ParameterTensor Positions { get; }

    /// <summary>The tensors of each block, first to last.</summary>
    public IReadOnlyList<BlockTensors> Blocks { get; }

    /// <summary>The final layer norm's gain.</summary>
    public ParameterTensor FinalGain { get; }

    /// <summary>The final layer norm's bias.</summary>
    public ParameterTensor FinalBias { get; }

    /// <summary>Every tensor in layout order.</summary>
    public IReadOnlyList<ParameterTensor> Tensors => _tensors;

    /// <summary>Total numbers in the parameter array.</summary>
    public int Count { get; private set; }

    private ParameterTensor Add(string name, int rows, int columns, bool decay)
    {
        var tensor = new ParameterTensor(name, Count, rows, columns, decay);
        _tensors.Add(tensor);
        Count += tensor.Length;
        return tensor;
    }
}

/// <summary>One named tensor: rows × columns numbers from <see cref="Offset"/>; <see cref="Decay"/> for weight matrices and embeddings.</summary>
internal sealed record ParameterTensor(string Name, int Offset, int Rows, int Columns, bool Decay)
{
    /// <summary>Rows × columns.</summary>
    public int Length => Rows * Columns;
}

/// <summary>The tensors of one pre-norm block.</summary>
internal sealed record BlockTensors(
    ParameterTensor Norm1Gain, ParameterTensor Norm1Bias,
    ParameterTensor Qkv, ParameterTensor QkvBias,
    ParameterTensor AttentionOut, ParameterTensor AttentionOutBias,
    ParameterTensor Norm2Gain, ParameterTensor Norm2Bias,
    ParameterTensor Up, ParameterTensor UpBias,
    ParameterTensor Down, ParameterTensor DownBias);
