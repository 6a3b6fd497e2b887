using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// The residuals rᵢ = L̂ᵢ − Lᵢ on the raw loss over the free parameters z, with the Gauss–Newton
/// normal equations JᵀJ and Jᵀr accumulated row by row (the n × k Jacobian itself is never
/// stored). One instance per thread: it owns its buffers.
/// </summary>
internal sealed class LeastSquaresResiduals : ILeastSquaresFunction
{
    private readonly FitData _data;
    private readonly ParameterLayout _layout;
    private readonly double[] _theta, _lnPrediction, _lawJacobian, _thetaRow, _zRow;

    public LeastSquaresResiduals(FitData data, ParameterLayout layout)
    {
        _data = data;
        _layout = layout;
        var k = layout.Law.ParameterCount;
        _theta = new double[k];
        _lnPrediction = new double[data.Count];
        _lawJacobian = new double[data.Count * k];
        _thetaRow = new double[k];
        _zRow = new double[layout.FreeCount];
    }

    public int Dimension => _layout.FreeCount;

    public double Evaluate(ReadOnlySpan<double> z, Span<double> normal, Span<double> gradient)
    {
        _layout.Expand(z, _theta);
        var n = _data.Count;
        _layout.Law.LogPredict(_theta, _data.Inputs, _lnPrediction, _lawJacobian);
        var withJacobian = !normal.IsEmpty;
        if (withJacobian)
        {
            normal.Clear();
            gradient.Clear();
        }
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var prediction = Math.Exp(_lnPrediction[i]);
            var r = prediction - _data.Loss[i];
            sum += r * r;
            if (withJacobian)
                Accumulate(i, n, prediction, r, normal, gradient);
        }
        return sum;
    }

    // Row i's Jacobian, ∂L̂/∂θ = L̂ · ∂ln L̂/∂θ collapsed onto the free slots, added into JᵀJ and Jᵀr.
    private void Accumulate(int i, int n, double prediction, double r, Span<double> normal, Span<double> gradient)
    {
        for (var j = 0; j < _thetaRow.Length; j++)
            _thetaRow[j] = prediction * _lawJacobian[j * n + i];
        _layout.Collapse(_thetaRow, _zRow);
        var k = _zRow.Length;
        for (var s = 0; s < k; s++)
        {
            gradient[s] += _zRow[s] * r;
            for (var t = 0; t < k; t++)
                normal[s * k + t] += _zRow[s] * _zRow[t];
        }
    }
}
