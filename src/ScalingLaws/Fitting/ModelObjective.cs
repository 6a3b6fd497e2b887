using System.Numerics.Tensors;
using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// The fit objective of any <see cref="IFitModel"/> as a function of the free parameters z, with its analytic
/// gradient: Σ wᵢ Huber_δ(ln yᵢ − ln ŷᵢ) or Σ wᵢ (yᵢ − ŷᵢ)², whichever scale the model predicts on. Rows are taken
/// block by block with vector arithmetic. One instance per thread: it owns its scratch buffers, so evaluation allocates
/// nothing. Optional per-row weights implement the bootstrap without copying data (a resample is a vector of counts).
/// A law with its own one-pass Huber-on-ln kernel (<see cref="IHuberLogKernel"/>) evaluates that objective itself.
/// </summary>
internal sealed class ModelObjective : IDifferentiableFunction
{
    private readonly IFitModel _model;
    private readonly ParameterLayout _layout;
    private readonly FitObjective _kind;
    private readonly double _delta;
    private readonly double[] _prediction, _jacobian, _terms, _coefficient, _scratch, _theta, _thetaGradient;
    private readonly (IHuberLogKernel Kernel, FitData Data)? _fused;

    public ModelObjective(IFitModel model, ParameterLayout layout, FitObjective kind, double delta)
    {
        _model = model;
        _layout = layout;
        _kind = kind;
        _delta = delta;
        var block = Enumerable.Range(0, model.BlockCount).Max(b => model.Block(b).Length);
        var k = layout.ParameterCount;
        _prediction = new double[block];
        _terms = new double[block];
        _coefficient = new double[block];
        _jacobian = new double[ModelJacobian.LongestLength(model)];
        _scratch = new double[model.ScratchLength];
        _theta = new double[k];
        _thetaGradient = new double[k];
        if (kind == FitObjective.HuberLog && model is ScalingLawModel { Law: IHuberLogKernel kernel } table)
            _fused = (kernel, table.Data);
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
        var total = 0.0;
        for (var block = 0; block < _model.BlockCount; block++)
            total += EvaluateBlock(block);
        _layout.Collapse(z, _thetaGradient, gradient);
        return total;
    }

    // Adds the block's contribution to the θ-gradient and returns its share of the objective.
    private double EvaluateBlock(int block)
    {
        var (start, n) = _model.Block(block);
        if (_fused is var (kernel, data))
            return kernel.AddHuberLog(_theta, data.Inputs.Slice(start, n), data.LogLoss.AsSpan(start, n), Weights is { } w ? w.AsSpan(start, n) : default, _delta, _thetaGradient);
        var prediction = _prediction.AsSpan(0, n);
        var jacobian = _jacobian.AsSpan(0, ModelJacobian.Length(_model, n));
        _model.Predict(_theta, block, prediction, jacobian, _scratch);
        var terms = _terms.AsSpan(0, n);             // each row's share of the objective
        var coefficient = _coefficient.AsSpan(0, n); // ∂f/∂prediction per row
        RowTerms.Evaluate(_kind, _model.Scale, _delta, _model.Observed.Span.Slice(start, n), _model.LogObserved.Span.Slice(start, n), prediction, terms, coefficient);
        var value = TensorPrimitives.Sum(terms);
        if (Weights is { } weights)
        {
            var w = weights.AsSpan(start, n);
            TensorPrimitives.Multiply(coefficient, w, coefficient);
            value = TensorPrimitives.Dot(terms, w);
        }
        ModelJacobian.AddWeighted(_model, jacobian, coefficient, _thetaGradient);
        return value;
    }
}
