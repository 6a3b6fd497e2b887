using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// The residuals rᵢ = √wᵢ(ŷᵢ − yᵢ) on the raw scale of any <see cref="IFitModel"/> over the free parameters z, with
/// the Gauss–Newton normal equations JᵀJ and Jᵀr accumulated row by row (the n × k Jacobian is never stored), for
/// Levenberg–Marquardt. One instance per thread: it owns its buffers, so evaluation allocates nothing.
/// </summary>
internal sealed class ModelResiduals : ILeastSquaresFunction
{
    private readonly IFitModel _model;
    private readonly ParameterLayout _layout;
    private readonly double[] _theta, _prediction, _jacobian, _scratch, _thetaRow, _zRow;

    public ModelResiduals(IFitModel model, ParameterLayout layout)
    {
        _model = model;
        _layout = layout;
        var k = layout.ParameterCount;
        var block = Enumerable.Range(0, model.BlockCount).Max(b => model.Block(b).Length);
        _theta = new double[k];
        _prediction = new double[block];
        _jacobian = new double[ModelJacobian.LongestLength(model)];
        _scratch = new double[model.ScratchLength];
        _thetaRow = new double[k];
        _zRow = new double[layout.FreeCount];
    }

    public int Dimension => _layout.FreeCount;

    /// <summary>Per-row weights; null means every row counts once.</summary>
    public double[]? Weights { get; set; }

    public double Evaluate(ReadOnlySpan<double> z, Span<double> normal, Span<double> gradient)
    {
        _layout.Expand(z, _theta);
        var withJacobian = !normal.IsEmpty;
        if (withJacobian)
        {
            normal.Clear();
            gradient.Clear();
        }
        var sum = 0.0;
        var observed = _model.Observed.Span;
        for (var block = 0; block < _model.BlockCount; block++)
        {
            var (start, n) = _model.Block(block);
            _model.Predict(_theta, block, _prediction.AsSpan(0, n), _jacobian.AsSpan(0, ModelJacobian.Length(_model, n)), _scratch);
            for (var i = 0; i < n; i++)
            {
                var prediction = _model.Scale == PredictionScale.Log ? Math.Exp(_prediction[i]) : _prediction[i];
                var root = Weights is null ? 1.0 : Math.Sqrt(Weights[start + i]);
                var r = root * (prediction - observed[start + i]);
                sum += r * r;
                if (withJacobian)
                    Accumulate(z, i, n, root * (_model.Scale == PredictionScale.Log ? prediction : 1.0), r, normal, gradient);
            }
        }
        return sum;
    }

    // Row i's Jacobian ∂rᵢ/∂z (the model's row times chainFactor, collapsed onto z), added into JᵀJ and Jᵀr.
    private void Accumulate(ReadOnlySpan<double> z, int i, int n, double chainFactor, double r, Span<double> normal, Span<double> gradient)
    {
        ModelJacobian.Row(_model, _jacobian, n, i, _thetaRow);
        for (var j = 0; j < _thetaRow.Length; j++)
            _thetaRow[j] *= chainFactor;
        _layout.Collapse(z, _thetaRow, _zRow);
        var k = _zRow.Length;
        for (var s = 0; s < k; s++)
        {
            gradient[s] += _zRow[s] * r;
            for (var t = 0; t < k; t++)
                normal[s * k + t] += _zRow[s] * _zRow[t];
        }
    }
}
