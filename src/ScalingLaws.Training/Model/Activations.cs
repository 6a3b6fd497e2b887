namespace ScalingLaws.Training.Model;

/// <summary>
/// Every buffer one forward and backward pass of a batch needs, allocated once: the step loop allocates nothing.
/// Rows are batch × position.
/// </summary>
internal sealed class Activations<T>
    where T : unmanaged
{
    public Activations(ModelConfig config, int sequences, Workers workers)
    {
        Rows = sequences * config.Context;
        int d = config.Width, hidden = config.Hidden;
        Inputs = new int[Rows];
        Targets = new int[Rows];
        RowLoss = new T[Rows];
        Layers = [.. Enumerable.Range(0, config.Layers).Select(_ => new LayerActivations<T>(Rows, d, hidden, sequences * config.Heads * config.Context * config.Context))];
        Residual = New(d);
        FinalNormalized = New(d);
        FinalDeviation = new T[Rows];
        Final = New(d);
        Logits = New(config.Vocabulary);
        ResidualGradient = New(d);
        Gradient = New(d);
        WideGradient = New(hidden);
        QkvGradient = New(3 * d);
        var widest = Math.Max(Math.Max(hidden, 3 * d), config.Vocabulary);
        TransposedWeight = new T[Math.Max(d * hidden, d * config.Vocabulary)];
        RowScratch = [.. Enumerable.Range(0, workers.Count).Select(_ => new T[2 * widest])];
    }

    public int Rows { get; }

    public int[] Inputs { get; }

    public int[] Targets { get; }

    public T[] RowLoss { get; }

    public IReadOnlyList<LayerActivations<T>> Layers { get; }

    /// <summary>The residual stream after the last block.</summary>
    public Matrix<T> Residual { get; }

    public Matrix<T> FinalNormalized { get; }

    public T[] FinalDeviation { get; }

    public Matrix<T> Final { get; }

    /// <summary>Logits, then in place their gradient.</summary>
    public Matrix<T> Logits { get; }

    public Matrix<T> ResidualGradient { get; }

    public Matrix<T> Gradient { get; }

    public Matrix<T> WideGradient { get; }

    public Matrix<T> QkvGradient { get; }

    /// <summary>Room for a weight matrix transposed, for input gradients dY·Wᵀ.</summary>
    public T[] TransposedWeight { get; }

    /// <summary>Per-worker rows for kernels that need temporaries.</summary>
    public T[][] RowScratch { get; }

    private Matrix<T> New(int columns) => new(new T[Rows * columns], Rows, columns);
}

/// <summary>What one block keeps from the forward for the backward.</summary>
internal sealed class LayerActivations<T>(int rows, int d, int hidden, int probabilities)
    where T : unmanaged
{
    /// <summary>The residual stream entering the block.</summary>
    public Matrix<T> Input { get; } = new(new T[rows * d], rows, d);

    public Matrix<T> Normalized1 { get; } = new(new T[rows * d], rows, d);

    public T[] Deviation1 { get; } = new T[rows];

    public Matrix<T> Norm1 { get; } = new(new T[rows * d], rows, d);

    public Matrix<T> Qkv { get; } = new(new T[rows * 3 * d], rows, 3 * d);

    public T[] Probabilities { get; } = new T[probabilities];

    public Matrix<T> Attention { get; } = new(new T[rows * d], rows, d);

    /// <summary>The residual stream after attention.</summary>
    public Matrix<T> Middle { get; } = new(new T[rows * d], rows, d);

    public Matrix<T> Normalized2 { get; } = new(new T[rows * d], rows, d);

    public T[] Deviation2 { get; } = new T[rows];

    public Matrix<T> Norm2 { get; } = new(new T[rows * d], rows, d);

    public Matrix<T> Up { get; } = new(new T[rows * hidden], rows, hidden);

    public Matrix<T> Tanh { get; } = new(new T[rows * hidden], rows, hidden);

    public Matrix<T> Activated { get; } = new(new T[rows * hidden], rows, hidden);
}
