using System.Numerics.Tensors;
using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// The fit objective of any <see cref="IFitModel"/> as a function of the free parameters z, with its analytic
/// gradient: Σ wᵢ Huber_δ(ln yᵢ − ln ŷᵢ) or Σ wᵢ (yᵢ − ŷᵢ)², whichever scale the model predicts on. Rows are taken
/// block by block with vector arithmetic. One instance per thread: it owns its scratch buffers, so evaluation allocates
/// nothing. Optional per-row weights implement the bootstrap without copying data (a resample is a vector of counts).
/// A law with its own one-pass Huber-on-ln kernel (<see cref="IHuberLogKernel"/>) evaluates that objective itself.
/// A large table (any model, any objective) is evaluated on every core allowed, in fixed chunks of blocks whose partial
/// sums are added in chunk order, so the value does not depend on the number of threads; each worker owns its buffers.
/// </summary>
internal sealed class ModelObjective : IDifferentiableFunction
{
    private readonly IFitModel _model;
    private readonly ParameterLayout _layout;
    private readonly FitObjective _kind;
    private readonly double _delta;
    private readonly double[] _theta, _thetaGradient;
    private readonly BlockBuffers[] _buffers;
    private readonly (IHuberLogKernel Kernel, FitData Data)? _fused;
    private readonly double[]? _chunkValues, _chunkGradients;
    private readonly ParallelOptions _parallel;
    private readonly Action<int>? _evaluateWorker;

    /// <summary>Blocks per chunk of a large table's parallel evaluation: fixed, so the sums do not depend on the thread count.</summary>
    private const int ChunkBlocks = 16;

    /// <summary>Rows above which a table is evaluated in chunks: below, a task per evaluation costs more than it saves.</summary>
    private const int ChunkedRows = 16_384;

    /// <param name="maxDegreeOfParallelism">Cores a large table's chunks may use (the fit's <see cref="FitOptions.MaxDegreeOfParallelism"/>).</param>
    public ModelObjective(IFitModel model, ParameterLayout layout, FitObjective kind, double delta, int maxDegreeOfParallelism = -1)
    {
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        _model = model;
        _layout = layout;
        _kind = kind;
        _delta = delta;
        var k = layout.ParameterCount;
        _theta = new double[k];
        _thetaGradient = new double[k];
        if (kind == FitObjective.HuberLog && model is ScalingLawModel { Law: IHuberLogKernel kernel } table)
            _fused = (kernel, table.Data);
        var workers = 1;
        if (model.Observed.Length > ChunkedRows)
        {
            var chunks = (model.BlockCount + ChunkBlocks - 1) / ChunkBlocks;
            (_chunkValues, _chunkGradients) = (new double[chunks], new double[chunks * k]);
            workers = Math.Min(chunks, Parallelism.Cores(maxDegreeOfParallelism));
            _evaluateWorker = EvaluateWorker;
        }
        var longestBlock = Enumerable.Range(0, model.BlockCount).Max(b => model.Block(b).Length);
        _buffers = [.. Enumerable.Range(0, workers).Select(_ => new BlockBuffers(model, longestBlock))];
    }

    public int Dimension => _layout.FreeCount;

    /// <summary>The model's rows, one weight each.</summary>
    public int Rows => _model.Observed.Length;

    /// <summary>Per-row weights (bootstrap counts); null means every row counts once.</summary>
    public double[]? Weights { get; set; }

    public double Evaluate(ReadOnlySpan<double> z, Span<double> gradient)
    {
        _layout.Expand(z, _theta);
        Array.Clear(_thetaGradient);
        var total = _chunkValues is null ? EvaluateBlocks(0, _model.BlockCount, _thetaGradient, _buffers[0]) : EvaluateChunks(_chunkValues, _chunkGradients!);
        _layout.Collapse(z, _thetaGradient, gradient);
        return total;
    }

    // Adds blocks [first, end) to the θ-gradient and returns their share of the objective.
    private double EvaluateBlocks(int first, int end, Span<double> thetaGradient, BlockBuffers buffers)
    {
        var total = 0.0;
        for (var block = first; block < end; block++)
            total += EvaluateBlock(block, thetaGradient, buffers);
        return total;
    }

    // The chunks on the workers, each chunk into its own partial sums, then added in chunk order.
    private double EvaluateChunks(double[] chunkValues, double[] chunkGradients)
    {
        var k = _theta.Length;
        // With one worker (inside a bootstrap's parallel resamples the outer loop owns the cores) no task is started.
        if (_buffers.Length == 1)
            _evaluateWorker!(0);
        else
            Parallel.For(0, _buffers.Length, _parallel, _evaluateWorker!);
        var total = 0.0;
        for (var chunk = 0; chunk < chunkValues.Length; chunk++)
        {
            total += chunkValues[chunk];
            TensorPrimitives.Add(_thetaGradient, chunkGradients.AsSpan(chunk * k, k), _thetaGradient);
        }
        return total;
    }

    // One worker's contiguous share of the chunks, each into its own partial sums, with the worker's own buffers; bound
    // once in the constructor so an evaluation allocates no delegate.
    private void EvaluateWorker(int worker)
    {
        var k = _theta.Length;
        var chunks = _chunkValues!.Length;
        for (var chunk = (int)((long)chunks * worker / _buffers.Length); chunk < (int)((long)chunks * (worker + 1) / _buffers.Length); chunk++)
        {
            var partial = _chunkGradients.AsSpan(chunk * k, k);
            partial.Clear();
            _chunkValues[chunk] = EvaluateBlocks(chunk * ChunkBlocks, Math.Min(_model.BlockCount, (chunk + 1) * ChunkBlocks), partial, _buffers[worker]);
        }
    }

    // Adds the block's contribution to the θ-gradient and returns its share of the objective.
    private double EvaluateBlock(int block, Span<double> thetaGradient, BlockBuffers buffers)
    {
        var (start, n) = _model.Block(block);
        if (_fused is var (kernel, data))
            return kernel.AddHuberLog(_theta, data.Inputs.Slice(start, n), data.LogLoss.AsSpan(start, n), Weights is { } w ? w.AsSpan(start, n) : default, _delta, thetaGradient);
        var prediction = buffers.Prediction.AsSpan(0, n);
        var jacobian = buffers.Jacobian.AsSpan(0, ModelJacobian.Length(_model, n));
        _model.Predict(_theta, block, prediction, jacobian, buffers.Scratch);
        var terms = buffers.Terms.AsSpan(0, n);             // each row's share of the objective
        var coefficient = buffers.Coefficient.AsSpan(0, n); // ∂f/∂prediction per row
        RowTerms.Evaluate(_kind, _model.Scale, _delta, _model.Observed.Span.Slice(start, n), _model.LogObserved.Span.Slice(start, n), prediction, terms, coefficient);
        var value = TensorPrimitives.Sum(terms);
        if (Weights is { } weights)
        {
            var w = weights.AsSpan(start, n);
            TensorPrimitives.Multiply(coefficient, w, coefficient);
            value = TensorPrimitives.Dot(terms, w);
        }
        ModelJacobian.AddWeighted(_model, jacobian, coefficient, thetaGradient);
        return value;
    }

    // One worker's block-sized buffers: predictions, Jacobian, per-row terms and coefficients, the model's scratch.
    private sealed class BlockBuffers(IFitModel model, int longestBlock)
    {
        public double[] Prediction { get; } = new double[longestBlock];
        public double[] Terms { get; } = new double[longestBlock];
        public double[] Coefficient { get; } = new double[longestBlock];
        public double[] Jacobian { get; } = new double[ModelJacobian.LongestLength(model)];
        public double[] Scratch { get; } = new double[model.ScratchLength];
    }
}
