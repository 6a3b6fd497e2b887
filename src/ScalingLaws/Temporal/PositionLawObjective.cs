using System.Numerics.Tensors;
using ScalingLaws.Optimization;

namespace ScalingLaws.Temporal;

/// <summary>
/// Σᵢ Huber_δ(ln Lᵢ − ln L̂ᵢ) over the positions of one checkpoint, as a function of
/// z = (ln a0, shape, ln a2), with its analytic gradient. Logs are taken with vector instructions.
/// Owns its scratch buffers, so evaluation allocates nothing: one instance per thread serves every
/// start of every checkpoint.
/// </summary>
internal sealed class PositionLawObjective(PositionLaw law, PositionGrid grid) : IDifferentiableFunction
{
    private readonly double[] _shape = new double[grid.Count];
    private readonly double[] _prediction = new double[grid.Count];
    private readonly double[] _logPrediction = new double[grid.Count];
    private readonly double[] _weight = new double[grid.Count];
    private double[] _logLoss = [];

    public int Dimension => PositionLaw.ParameterCount;

    /// <summary>The checkpoint to fit: ln Lᵢ for i = 1..T.</summary>
    public void Use(double[] logLoss) => _logLoss = logLoss;

    public double Evaluate(ReadOnlySpan<double> z, Span<double> gradient)
    {
        law.Predict(z, grid, _shape, _prediction);
        var smallest = TensorPrimitives.Min(_prediction);
        if (!(smallest > 0) || !double.IsFinite(TensorPrimitives.Sum(_prediction)))
            return double.PositiveInfinity;
        TensorPrimitives.Log(_prediction, _logPrediction);
        var total = 0.0;
        for (var i = 0; i < _logLoss.Length; i++)
        {
            total += LogHuber.Term(_logLoss[i] - _logPrediction[i], out var psi);
            _weight[i] = -psi / _prediction[i]; // ∂Huber/∂L̂ᵢ
        }
        law.Gradient(z, grid, _shape, _weight, gradient);
        return total;
    }
}
