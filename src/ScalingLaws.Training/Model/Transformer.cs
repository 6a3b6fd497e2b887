using System.Numerics;
using System.Numerics.Tensors;
using ScalingLaws.Simulation;

namespace ScalingLaws.Training.Model;

/// <summary>
/// A decoder-only transformer with its forward and backward written out, for a fixed batch of sequences.
/// Generic in the number type: float to train, double to check gradients against finite differences.
/// </summary>
internal sealed class Transformer<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Activations<T> _a;
    private readonly CausalAttention<T> _attention;
    private readonly Workers _workers;

    /// <param name="sequences">Sequences per batch; every forward takes exactly this many.</param>
    /// <param name="workers">How the kernels spread their work; all cores when not given.</param>
    public Transformer(ModelConfig config, int sequences, Workers? workers = null)
    {
        _workers = workers ?? Workers.AllCores;
        Config = config;
        Sequences = sequences;
        Layout = new TensorLayout(config);
        Parameters = new T[Layout.Count];
        Gradients = new T[Layout.Count];
        _a = new Activations<T>(config, sequences, _workers);
        _attention = new CausalAttention<T>(sequences, config.Context, config.Heads, config.Width, _workers);
    }

    /// <summary>The model's shape.</summary>
    public ModelConfig Config { get; }

    /// <summary>Sequences per batch the buffers are sized for.</summary>
    public int Sequences { get; }

    /// <summary>Where each tensor lives in <see cref="Parameters"/>.</summary>
    public TensorLayout Layout { get; }

    /// <summary>Every trained number, in <see cref="Layout"/> order.</summary>
    public T[] Parameters { get; }

    /// <summary>d(mean loss)/d(parameter) after <see cref="ForwardBackward"/>.</summary>
    public T[] Gradients { get; }

    /// <summary>The loss of each token of the last forward, rows = sequence × position.</summary>
    public ReadOnlySpan<T> TokenLosses => _a.RowLoss;

    /// <summary>GPT-2's initialization: weights N(0, 0.02²), the projections into the residual stream scaled by 1/√(2L), gains 1, biases 0.</summary>
    public void Initialize(int seed)
    {
        var random = new Random(seed);
        var residualScale = 0.02 / Math.Sqrt(2.0 * Config.Layers);
        foreach (var tensor in Layout.Tensors)
        {
            var values = View(Parameters, tensor).Data.AsSpan(tensor.Offset, tensor.Length);
            if (tensor.Name.EndsWith("gain", StringComparison.Ordinal))
                values.Fill(T.One);
            else if (!tensor.Decay)
                values.Clear();
            else
            {
                var deviation = tensor.Name.EndsWith("attention out", StringComparison.Ordinal) || tensor.Name.EndsWith("mlp down", StringComparison.Ordinal)
                    ? residualScale
                    : 0.02;
                for (var i = 0; i < values.Length; i++)
                    values[i] = T.CreateTruncating(deviation * StandardNormal.Draw(random));
            }
        }
    }

    /// <summary>The mean loss of predicting <paramref name="targets"/> from <paramref name="inputs"/> (both sequences × context).</summary>
    public double Forward(ReadOnlySpan<int> inputs, ReadOnlySpan<int> targets)
    {
        Load(inputs, targets);
        RunForward(gradient: false);
        return MeanLoss();
    }

    /// <summary>As <see cref="Forward"/>, and fills <see cref="Gradients"/>.</summary>
    public double ForwardBackward(ReadOnlySpan<int> inputs, ReadOnlySpan<int> targets)
    {
        Load(inputs, targets);
        RunForward(gradient: true);
        Array.Clear(Gradients);
        RunBackward();
        return MeanLoss();
    }

    private void Load(ReadOnlySpan<int> inputs, ReadOnlySpan<int> targets)
    {
        if (inputs.Length != _a.Rows || targets.Length != _a.Rows)
            throw new ArgumentException($"a batch is {Sequences} sequences of {Config.Context} tokens ({_a.Rows}), got {inputs.Length} inputs and {targets.Length} targets");
        CheckTokens(inputs);
        CheckTokens(targets);
        inputs.CopyTo(_a.Inputs);
        targets.CopyTo(_a.Targets);
    }

    private void CheckTokens(ReadOnlySpan<int> tokens)
    {
        foreach (var token in tokens)
            if ((uint)token >= (uint)Config.Vocabulary)
                throw new ArgumentException($"token {token} is outside the vocabulary of {Config.Vocabulary}");
    }

    private double MeanLoss()
    {
        var sum = 0.0;
        foreach (var loss in _a.RowLoss)
            sum += double.CreateTruncating(loss);
        return sum / _a.Rows;
    }

    private void RunForward(bool gradient)
    {
        Embed(_a.Layers.Count > 0 ? _a.Layers[0].Input : _a.Residual);
        for (var l = 0; l < Config.Layers; l++)
            Block(l, l + 1 < Config.Layers ? _a.Layers[l + 1].Input : _a.Residual);
        LayerNorm.Forward(_workers, _a.Residual, Vector(Layout.FinalGain), Vector(Layout.FinalBias), _a.Final, _a.FinalNormalized, _a.FinalDeviation);
        var embedding = View(Parameters, Layout.TokenEmbedding);
        var transposed = new Matrix<T>(_a.TransposedWeight, Config.Width, Config.Vocabulary);
        Transpose.Into(_workers, embedding, transposed);
        Gemm.Multiply(_workers, _a.Final, transposed, _a.Logits, accumulate: false);
        CrossEntropy.Apply(_workers, _a.Logits, _a.Targets, _a.RowLoss, T.One / T.CreateTruncating(_a.Rows), gradient);
    }

    private void Embed(Matrix<T> output)
    {
        var (embedding, positions, inputs, context) = (View(Parameters, Layout.TokenEmbedding), View(Parameters, Layout.Positions), _a.Inputs, Config.Context);
        _workers.For(_a.Rows, 64, (start, end, _) =>
        {
            for (var r = start; r < end; r++)
                TensorPrimitives.Add(embedding.Row(inputs[r]), positions.Row(r % context), output.Row(r));
        });
    }

    private void Block(int l, Matrix<T> output)
    {
        var (w, x) = (Layout.Blocks[l], _a.Layers[l]);
        LayerNorm.Forward(_workers, x.Input, Vector(w.Norm1Gain), Vector(w.Norm1Bias), x.Norm1, x.Normalized1, x.Deviation1);
        Linear(x.Norm1, w.Qkv, w.QkvBias, x.Qkv, residual: null);
        _attention.Forward(x.Qkv, x.Probabilities, x.Attention);
        Linear(x.Attention, w.AttentionOut, w.AttentionOutBias, x.Middle, residual: x.Input);
        LayerNorm.Forward(_workers, x.Middle, Vector(w.Norm2Gain), Vector(w.Norm2Bias), x.Norm2, x.Normalized2, x.Deviation2);
        Linear(x.Norm2, w.Up, w.UpBias, x.Up, residual: null);
        Gelu.Forward(_workers, x.Up, x.Tanh, x.Activated);
        Linear(x.Activated, w.Down, w.DownBias, output, residual: x.Middle);
    }

    /// <summary>output = (residual +) bias + input·W: the bias and residual first, then the product accumulated onto them.</summary>
    private void Linear(Matrix<T> input, ParameterTensor weight, ParameterTensor bias, Matrix<T> output, Matrix<T>? residual)
    {
        var b = Vector(bias);
        _workers.For(output.Rows, 64, (start, end, _) =>
        {
            for (var r = start; r < end; r++)
            {
                if (residual is { } res)
                    TensorPrimitives.Add(res.Row(r), b.Span, output.Row(r));
                else
                    b.Span.CopyTo(output.Row(r));
            }
        });
        Gemm.Multiply(_workers, input, View(Parameters, weight), output, accumulate: true);
    }

    private void RunBackward()
    {
        var embedding = View(Parameters, Layout.TokenEmbedding);
        var embeddingGradient = View(Gradients, Layout.TokenEmbedding);
        // Logits = final·Eᵀ: d final = dLogits·E, dE += dLogitsᵀ·final.
        Gemm.Multiply(_workers, _a.Logits, embedding, _a.Gradient, accumulate: false);
        WeightGradient(_a.Logits, _a.Final, embeddingGradient);
        var dResidual = _a.ResidualGradient;
        LayerNorm.Backward(_workers, _a.Gradient, _a.FinalNormalized, _a.FinalDeviation, Vector(Layout.FinalGain), dResidual, accumulate: false,
            Vector(Gradients, Layout.FinalGain), Vector(Gradients, Layout.FinalBias), _a.RowScratch);
        for (var l = Config.Layers - 1; l >= 0; l--)
            BlockBackward(l, dResidual);
        EmbedBackward(dResidual, embeddingGradient);
    }

    /// <summary>Turns the gradient of the block's output (in <paramref name="dResidual"/>) into that of its input.</summary>
    private void BlockBackward(int l, Matrix<T> dResidual)
    {
        var (w, x) = (Layout.Blocks[l], _a.Layers[l]);
        var dWide = _a.WideGradient;
        LinearBackward(x.Activated, w.Down, w.DownBias, dResidual, dWide);
        Gelu.Backward(_workers, x.Up, x.Tanh, dWide, _a.RowScratch);
        LinearBackward(x.Norm2, w.Up, w.UpBias, dWide, _a.Gradient);
        LayerNorm.Backward(_workers, _a.Gradient, x.Normalized2, x.Deviation2, Vector(w.Norm2Gain), dResidual, accumulate: true,
            Vector(Gradients, w.Norm2Gain), Vector(Gradients, w.Norm2Bias), _a.RowScratch);
        var dAttention = _a.Gradient;
        LinearBackward(x.Attention, w.AttentionOut, w.AttentionOutBias, dResidual, dAttention);
        _attention.Backward(x.Qkv, x.Probabilities, dAttention, _a.QkvGradient);
        LinearBackward(x.Norm1, w.Qkv, w.QkvBias, _a.QkvGradient, _a.Gradient);
        LayerNorm.Backward(_workers, _a.Gradient, x.Normalized1, x.Deviation1, Vector(w.Norm1Gain), dResidual, accumulate: true,
            Vector(Gradients, w.Norm1Gain), Vector(Gradients, w.Norm1Bias), _a.RowScratch);
    }

    /// <summary>For output = input·W + b: dW += inputᵀ·dOutput, db += Σ rows of dOutput, dInput = dOutput·Wᵀ.</summary>
    private void LinearBackward(Matrix<T> input, ParameterTensor weight, ParameterTensor bias, Matrix<T> dOutput, Matrix<T> dInput)
    {
        WeightGradient(input, dOutput, View(Gradients, weight));
        Reductions.ColumnSums(_workers, dOutput, Vector(Gradients, bias));
        var transposed = new Matrix<T>(_a.TransposedWeight, weight.Columns, weight.Rows);
        Transpose.Into(_workers, View(Parameters, weight), transposed);
        Gemm.Multiply(_workers, dOutput, transposed, dInput, accumulate: false);
    }

    /// <summary>dW += leftᵀ·right.</summary>
    private void WeightGradient(Matrix<T> left, Matrix<T> right, Matrix<T> dWeight) =>
        Gemm.Multiply(_workers, left, right, dWeight, accumulate: true, transposeA: true);

    private void EmbedBackward(Matrix<T> dResidual, Matrix<T> embeddingGradient)
    {
        // Tokens repeat across rows, so the scatter into the embedding is serial (and deterministic).
        for (var r = 0; r < _a.Rows; r++)
        {
            var row = embeddingGradient.Row(_a.Inputs[r]);
            TensorPrimitives.Add(row, dResidual.Row(r), row);
        }
        var (positions, context, sequences) = (View(Gradients, Layout.Positions), Config.Context, Sequences);
        _workers.For(context, 4, (start, end, _) =>
        {
            for (var t = start; t < end; t++)
                for (var s = 0; s < sequences; s++)
                    TensorPrimitives.Add(positions.Row(t), dResidual.Row(s * context + t), positions.Row(t));
        });
    }

    private Memory<T> Vector(ParameterTensor tensor) => Vector(Parameters, tensor);

    private static Memory<T> Vector(T[] values, ParameterTensor tensor) => values.AsMemory(tensor.Offset, tensor.Length);

    private static Matrix<T> View(T[] values, ParameterTensor tensor) => new(values, tensor.Offset, tensor.Rows, tensor.Columns, tensor.Columns);
}
