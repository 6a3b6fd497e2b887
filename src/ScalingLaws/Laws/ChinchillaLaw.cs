using System.Runtime.Intrinsics;

namespace ScalingLaws.Laws;

/// <summary>
/// Hoffmann et al. (2022): L = E + A/N^α + B/D^β. Fitted as ln L̂ = LSE(a − α ln N, b − β ln D, e)
/// with A = e^a, B = e^b, E = e^e, on Hoffmann's 4,500-point start grid.
/// </summary>
public sealed class ChinchillaLaw : ScalingLaw, IHuberLogKernel
{
    /// <summary>Indices of the parameters in <see cref="Parameters"/>.</summary>
    public const int E = 0, A = 1, B = 2, Alpha = 3, Beta = 4;

    /// <summary>The law.</summary>
    public static ChinchillaLaw Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "chinchilla";

    /// <inheritdoc/>
    public override string Formula => "L = E + A/N^alpha + B/D^beta";

    /// <inheritdoc/>
    public override ImmutableArray<Field> Inputs { get; } = [Field.Params, Field.Tokens];

    /// <inheritdoc/>
    public override ImmutableArray<LawParameter> Parameters { get; } =
    [
        new("E", ParameterScale.Log, LawParameter.Range(-1, 1, 0.5)),
        new("A", ParameterScale.Log, LawParameter.Range(0, 25, 5)),
        new("B", ParameterScale.Log, LawParameter.Range(0, 25, 5)),
        new("alpha", ParameterScale.Linear, LawParameter.Range(0, 2, 0.5)),
        new("beta", ParameterScale.Linear, LawParameter.Range(0, 2, 0.5)),
    ];

    /// <inheritdoc/>
    public override IReadOnlyList<int> ParametersOn(int input) => input == 0 ? [A, Alpha] : [B, Beta];

    // One fused pass over the rows with 256-bit vectors, because this law carries the benchmarked
    // fits and each extra pass over the data costs as much as an exp. The terms are summed directly
    // rather than max-shifted: exponents stay far from overflow on any sane path, and a non-finite
    // value only makes the line search step back.
    /// <inheritdoc/>
    public override void LogPredict(ReadOnlySpan<double> theta, LogInputs inputs, Span<double> lnPrediction, Span<double> jacobian)
    {
        var n = inputs.Length;
        var terms = new Terms(theta);
        var i = 0;
        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            var lnN = Vector256.Create(inputs.First.Slice(i, Vector256<double>.Count));
            var lnD = Vector256.Create(inputs.Second.Slice(i, Vector256<double>.Count));
            var pA = Vector256.Exp(Vector256.Create(terms.A) - Vector256.Create(terms.Alpha) * lnN);
            var pB = Vector256.Exp(Vector256.Create(terms.B) - Vector256.Create(terms.Beta) * lnD);
            var inverse = Vector256<double>.One / (pA + pB + Vector256.Create(terms.E));
            var wA = pA * inverse;
            var wB = pB * inverse;
            Vector256.Log(Vector256<double>.One / inverse).CopyTo(lnPrediction[i..]);
            (Vector256.Create(terms.E) * inverse).CopyTo(jacobian[(E * n + i)..]);
            wA.CopyTo(jacobian[(A * n + i)..]);
            wB.CopyTo(jacobian[(B * n + i)..]);
            (-wA * lnN).CopyTo(jacobian[(Alpha * n + i)..]);
            (-wB * lnD).CopyTo(jacobian[(Beta * n + i)..]);
        }
        for (; i < n; i++)
            terms.Row(inputs.First[i], inputs.Second[i], i, n, lnPrediction, jacobian);
    }

    // The grid fit's objective in the same single pass: each row's ψ/L̂ times its Jacobian row goes into per-lane sums,
    // so nothing is written per row. The last partial vector repeats the last row in weight-0 lanes, so they add 0.
    double IHuberLogKernel.AddHuberLog(
        ReadOnlySpan<double> theta, LogInputs inputs, ReadOnlySpan<double> logObserved, ReadOnlySpan<double> weights, double delta,
        Span<double> thetaGradient)
    {
        const int lanes = 4; // Vector256<double>.Count
        var n = inputs.Length;
        var kernel = new HuberKernel(theta, delta);
        var i = 0;
        for (; i <= n - lanes; i += lanes)
        {
            var weight = weights.IsEmpty ? Vector256<double>.One : Vector256.Create(weights.Slice(i, lanes));
            kernel.Add(Vector256.Create(inputs.First.Slice(i, lanes)), Vector256.Create(inputs.Second.Slice(i, lanes)), Vector256.Create(logObserved.Slice(i, lanes)), weight);
        }
        if (i < n)
        {
            Span<double> weight = stackalloc double[lanes];
            weight.Clear();
            if (weights.IsEmpty)
                weight[..(n - i)].Fill(1);
            else
                weights[i..].CopyTo(weight);
            kernel.Add(LastRowRepeated(inputs.First[i..]), LastRowRepeated(inputs.Second[i..]), LastRowRepeated(logObserved[i..]), Vector256.Create((ReadOnlySpan<double>)weight));
        }
        return kernel.Finish(thetaGradient);
    }

    // Fewer than four values, the last one repeated into the lanes above.
    private static Vector256<double> LastRowRepeated(ReadOnlySpan<double> values)
    {
        Span<double> lanes = stackalloc double[Vector256<double>.Count];
        lanes.Fill(values[^1]);
        values.CopyTo(lanes);
        return Vector256.Create((ReadOnlySpan<double>)lanes);
    }

    /// <summary>
    /// Per-lane sums of Σ w·Huber_δ(r) and of q = w·ψ/L̂ times each Jacobian numerator, r = ln y − ln L̂: the gradient is
    /// −Σ w·ψ·∂ln L̂/∂θ, with ∂ln L̂/∂(ln E, a, b, α, β) = (E, A/N^α, B/D^β, −ln N·A/N^α, −ln D·B/D^β)/L̂.
    /// </summary>
    private struct HuberKernel(ReadOnlySpan<double> theta, double delta)
    {
        private readonly Vector256<double> _e = Vector256.Create(Math.Exp(theta[E])), _a = Vector256.Create(theta[A]), _b = Vector256.Create(theta[B]);
        private readonly Vector256<double> _alpha = Vector256.Create(theta[Alpha]), _beta = Vector256.Create(theta[Beta]), _delta = Vector256.Create(delta);
        private Vector256<double> _value, _q, _qA, _qB, _qAlphaN, _qBetaD;

        public void Add(Vector256<double> lnN, Vector256<double> lnD, Vector256<double> lnY, Vector256<double> weight)
        {
            var pA = Vector256.Exp(_a - _alpha * lnN);
            var pB = Vector256.Exp(_b - _beta * lnD);
            var sum = pA + pB + _e;
            var r = lnY - Vector256.Log(sum);
            var psi = Vector256.ClampNative(r, -_delta, _delta);
            _value += weight * (psi * (r - 0.5 * psi));
            var q = weight * psi / sum;
            var qA = q * pA;
            var qB = q * pB;
            _q += q;
            _qA += qA;
            _qB += qB;
            _qAlphaN += qA * lnN;
            _qBetaD += qB * lnD;
        }

        public readonly double Finish(Span<double> thetaGradient)
        {
            thetaGradient[E] -= _e[0] * Vector256.Sum(_q);
            thetaGradient[A] -= Vector256.Sum(_qA);
            thetaGradient[B] -= Vector256.Sum(_qB);
            thetaGradient[Alpha] += Vector256.Sum(_qAlphaN);
            thetaGradient[Beta] += Vector256.Sum(_qBetaD);
            return Vector256.Sum(_value);
        }
    }

    /// <summary>The coefficients on the fitting scale, and the scalar version of the row kernel.</summary>
    private readonly struct Terms(ReadOnlySpan<double> theta)
    {
        public readonly double E = Math.Exp(theta[ChinchillaLaw.E]), A = theta[ChinchillaLaw.A], B = theta[ChinchillaLaw.B];
        public readonly double Alpha = theta[ChinchillaLaw.Alpha], Beta = theta[ChinchillaLaw.Beta];

        public void Row(double lnN, double lnD, int i, int n, Span<double> lnPrediction, Span<double> jacobian)
        {
            var pA = Math.Exp(A - Alpha * lnN);
            var pB = Math.Exp(B - Beta * lnD);
            var sum = pA + pB + E;
            lnPrediction[i] = Math.Log(sum);
            jacobian[ChinchillaLaw.E * n + i] = E / sum;
            jacobian[ChinchillaLaw.A * n + i] = pA / sum;
            jacobian[ChinchillaLaw.B * n + i] = pB / sum;
            jacobian[ChinchillaLaw.Alpha * n + i] = -pA / sum * lnN;
            jacobian[ChinchillaLaw.Beta * n + i] = -pB / sum * lnD;
        }
    }
}
