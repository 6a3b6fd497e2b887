using System.Collections.Immutable;
using System.Numerics.Tensors;
using ScalingLaws.Optimization;

namespace ScalingLaws.Temporal;

/// <summary>
/// Σₖ Σᵢ Huber_δ(ln L_ki − ln L̂_ki) over the fitted checkpoints k and positions i, with
/// L̂_ki = a0(t_k)/(1 + a1(t_k)·i) + a2(t_k), as a function of all the forms' coefficients, with its
/// analytic gradient: per checkpoint the cells give ∂/∂a, and the forms chain it to their coefficients.
/// A point where a1 ≤ 0 or some L̂ ≤ 0 has no log, so it is +∞ (the line search backs off). Allocates nothing.
/// </summary>
internal sealed class TemporalObjective : IDifferentiableFunction
{
    private readonly ImmutableArray<TemporalForm> _forms;
    private readonly int[] _offsets = new int[TemporalLaw.ParameterCount + 1];
    private readonly TemporalPoint[] _points;
    private readonly double[][] _logLoss;
    private readonly double[] _position;
    private readonly double[] _formGradient;
    private readonly double[] _inverse, _prediction, _logPrediction;

    /// <param name="logLoss">ln L per checkpoint and position, for the checkpoints at <paramref name="points"/>.</param>
    public TemporalObjective(ImmutableArray<TemporalForm> forms, TemporalPoint[] points, double[][] logLoss, double[] position)
    {
        _forms = forms;
        for (var j = 0; j < TemporalLaw.ParameterCount; j++)
            _offsets[j + 1] = _offsets[j] + forms[j].CoefficientCount;
        _points = points;
        _logLoss = logLoss;
        _position = position;
        _formGradient = new double[Dimension];
        _inverse = new double[position.Length];
        _prediction = new double[position.Length];
        _logPrediction = new double[position.Length];
    }

    public int Dimension => _offsets[^1];

    public double Evaluate(ReadOnlySpan<double> z, Span<double> gradient)
    {
        gradient.Clear();
        var total = 0.0;
        for (var k = 0; k < _points.Length; k++)
        {
            var a0 = Form(0, z, k);
            var a1 = Form(1, z, k);
            var a2 = Form(2, z, k);
            if (!(a1 > 0))
                return double.PositiveInfinity;
            for (var i = 0; i < _position.Length; i++)
            {
                _inverse[i] = 1 / (1 + a1 * _position[i]);
                _prediction[i] = a0 * _inverse[i] + a2;
            }
            if (!(TensorPrimitives.Min(_prediction) > 0))
                return double.PositiveInfinity;
            TensorPrimitives.Log(_prediction, _logPrediction);
            double g0 = 0, g1 = 0, g2 = 0;
            var y = _logLoss[k];
            for (var i = 0; i < y.Length; i++)
            {
                total += LogHuber.Term(y[i] - _logPrediction[i], out var psi);
                var scale = -psi / _prediction[i];
                g0 += scale * _inverse[i];
                g1 -= scale * a0 * _position[i] * _inverse[i] * _inverse[i];
                g2 += scale;
            }
            Chain(0, g0, gradient);
            Chain(1, g1, gradient);
            Chain(2, g2, gradient);
        }
        return double.IsFinite(total) ? total : double.PositiveInfinity;
    }

    // Parameter j at checkpoint k; leaves ∂a_j/∂z in its slice of _formGradient.
    private double Form(int j, ReadOnlySpan<double> z, int k)
    {
        var range = _offsets[j].._offsets[j + 1];
        return _forms[j].Evaluate(z[range], _points[k], _formGradient.AsSpan(range));
    }

    private void Chain(int j, double da, Span<double> gradient)
    {
        for (var m = _offsets[j]; m < _offsets[j + 1]; m++)
            gradient[m] += da * _formGradient[m];
    }
}
