using System.Numerics.Tensors;
using ScalingLaws.Optimization;

namespace ScalingLaws.Curves;

/// <summary>
/// Σ over every point of every fitted curve of Huber_δ(ln L − ln L̂), the objective of Hoffmann et al. and of the
/// Multi-Power Law repository, with its analytic gradient. One instance per thread: evaluation allocates nothing.
/// </summary>
internal sealed class CurveObjective : IDifferentiableFunction
{
    private readonly CurveLaw law;
    private readonly IReadOnlyList<CurveFeatures> features;
    private readonly double[][] logLoss;
    private readonly double delta;
    private readonly double[] lnPrediction, jacobian, scratch;

    public CurveObjective(CurveLaw law, IReadOnlyList<CurveFeatures> features, IReadOnlyList<LossCurve> curves, double delta)
    {
        this.law = law;
        this.features = features;
        this.delta = delta;
        logLoss = [.. curves.Select(c => c.Loss.Select(Math.Log).ToArray())];
        var longest = features.Max(f => f.Count);
        lnPrediction = new double[longest];
        jacobian = new double[longest * law.ParameterCount];
        scratch = new double[features.Max(f => f.ScratchLength)];
    }

    public int Dimension => law.ParameterCount;

    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        gradient.Clear();
        var total = 0.0;
        for (var c = 0; c < features.Count; c++)
        {
            var n = features[c].Count;
            var prediction = lnPrediction.AsSpan(0, n);
            var jac = jacobian.AsSpan(0, n * law.ParameterCount);
            law.LogPredict(theta, features[c], prediction, jac, scratch);
            // Huber_δ(r) = ψ·(r − ψ/2), ψ = clamp(r, −δ, δ), r = ln L − ln L̂: ∂/∂ln L̂ = −ψ. The ψ overwrite the predictions.
            for (var i = 0; i < n; i++)
            {
                var r = logLoss[c][i] - prediction[i];
                var psi = Math.Clamp(r, -delta, delta);
                total += psi * (r - 0.5 * psi);
                prediction[i] = -psi;
            }
            for (var j = 0; j < gradient.Length; j++)
                gradient[j] += TensorPrimitives.Dot(prediction, jac.Slice(j * n, n));
        }
        return total;
    }
}
