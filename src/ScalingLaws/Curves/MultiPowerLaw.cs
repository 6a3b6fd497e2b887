using System.Numerics.Tensors;

namespace ScalingLaws.Curves;

/// <summary>
/// The Multi-Power Law of Luo et al. 2025 (arXiv 2503.12811), as its repository evaluates it:
/// L(t) = L0 + A·(S1(t) + S_W)^(−alpha) − LD(t), LD(t) = B·Σ_{k=1..t} (η_{k−1} − η_k)·G(η_k^(−gamma)·S_k(t)),
/// S_k(t) = Σ_{τ=k..t} η_τ, G(x) = 1 − (C·x + 1)^(−beta). S1 + S_W is the whole area under the schedule up to t,
/// warm-up included, and the sum runs over every optimizer step from 1 (warm-up steps too), as in the repository.
/// The sum is prepared per curve by <see cref="LossDropTerms"/>.
/// </summary>
public sealed class MultiPowerLaw : CurveLaw
{
    /// <summary>Indices of the parameters in <see cref="CurveLaw.Parameters"/>.</summary>
    public const int L0 = 0, A = 1, Alpha = 2, B = 3, C = 4, Beta = 5, Gamma = 6;

    /// <summary>Block tolerance of the loss-drop sum; 0 makes it exact.</summary>
    public const double DefaultTolerance = 0.2;

    /// <summary>The law, summing the loss drop to relative accuracy <paramref name="tolerance"/>.</summary>
    public MultiPowerLaw(double tolerance = DefaultTolerance)
        : base(
            "multipower", "L = L0 + A*S1^(-alpha) - B*sum_k (eta_{k-1} - eta_k)*(1 - (1 + C*eta_k^(-gamma)*S_k(t))^(-beta))",
            description: "Luo et al. 2025 Multi-Power Law: power law in the area under the schedule minus a loss drop for every decrease of the rate",
            needsSchedule: true,
            [
                .. AreaPowerLaw.PowerInArea,
                new("B", ParameterScale.Log, []),
                new("C", ParameterScale.Log, []),
                new("beta", ParameterScale.Linear, []),
                new("gamma", ParameterScale.Linear, []),
            ])
    {
        if (!(tolerance >= 0) || tolerance >= 1)
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "between 0 (exact) and 1.");
        Tolerance = tolerance;
    }

    /// <summary>The law at the default tolerance.</summary>
    public static MultiPowerLaw Instance { get; } = new();

    /// <summary>The relative accuracy of the loss-drop sum.</summary>
    public double Tolerance { get; }

    internal override CurveFeatures Prepare(LossCurve curve)
    {
        var schedule = ScheduleOf(curve);
        var lnS1 = AreaLogs(curve, schedule);
        return new Features(lnS1, LossDropTerms.Build(schedule, curve.Steps, Tolerance));
    }

    internal override void LogPredict(ReadOnlySpan<double> theta, CurveFeatures features, Span<double> lnPrediction, Span<double> jacobian, Span<double> scratch)
    {
        var f = (Features)features;
        var terms = f.Drop;
        var count = terms.Count;
        var x = scratch[..count];
        var onePlusX = scratch.Slice(count, count);
        var log = scratch.Slice(2 * count, count);
        var g = scratch.Slice(3 * count, count);
        var q = scratch.Slice(4 * count, count);
        var (beta, gamma) = (theta[Beta], theta[Gamma]);

        // Per term: x = C·η^(−γ)·S, (1 + x)^(−β) and its derivatives with respect to ln x and β.
        TensorPrimitives.MultiplyAdd(terms.LnRate, -gamma, terms.LnArea, x);
        TensorPrimitives.Add(x, theta[C], x);
        TensorPrimitives.Min(x, 700.0, x); // e^700 is finite; (1 + x)^(−β) is 0 to double precision long before
        TensorPrimitives.Exp(x, x);
        TensorPrimitives.Add(x, 1.0, onePlusX);
        TensorPrimitives.Log(onePlusX, log);
        TensorPrimitives.Multiply(log, -beta, g);
        TensorPrimitives.Exp(g, g);
        TensorPrimitives.Divide(x, onePlusX, q);
        TensorPrimitives.Multiply(q, g, q);           // q/β = −∂(1+x)^(−β)/∂ln x / β
        TensorPrimitives.Multiply(log, g, log);       // −∂(1+x)^(−β)/∂β

        var n = f.Count;
        var (l0, b) = (Math.Exp(theta[L0]), Math.Exp(theta[B]));
        for (var i = 0; i < n; i++)
        {
            var (start, length) = (terms.Offsets[i], terms.Offsets[i + 1] - terms.Offsets[i]);
            var mass = terms.Mass.AsSpan(start, length);
            var remaining = TensorPrimitives.Dot(mass, g.Slice(start, length));
            var dLnX = beta * TensorPrimitives.Dot(mass, q.Slice(start, length));
            var dGamma = -beta * TensorPrimitives.Dot(terms.MassLnRate.AsSpan(start, length), q.Slice(start, length));
            var dBeta = TensorPrimitives.Dot(mass, log.Slice(start, length));
            var drop = terms.RateChange[i] - remaining; // Σ Δ_k·G: negative when the rate has come down

            var power = Math.Exp(theta[A] - theta[Alpha] * f.LnS1[i]);
            var loss = l0 + power + b * drop;
            lnPrediction[i] = Math.Log(loss);
            jacobian[L0 * n + i] = l0 / loss;
            jacobian[A * n + i] = power / loss;
            jacobian[Alpha * n + i] = -power * f.LnS1[i] / loss;
            jacobian[B * n + i] = b * drop / loss;
            jacobian[C * n + i] = b * dLnX / loss;
            jacobian[Beta * n + i] = b * dBeta / loss;
            jacobian[Gamma * n + i] = b * dGamma / loss;
        }
    }

    internal override IReadOnlyList<double[]> Starts(IReadOnlyList<LossCurve> curves)
    {
        var least = curves.Min(c => c.Loss.Min());
        var peak = curves.Max(c => AnnealingLaw.MaxRate(ScheduleOf(c)));
        // B·η_max is the loss drop of a full anneal (0.05–0.3 nats); C·η^(1−γ) the growth of x per step (about 0.1 at γ ≈ 0.6).
        var cScale = Math.Pow(3e-4 / peak, 0.4);
        return [.. from l0 in new[] { 0.8, 0.95 }
                   from b in new[] { 0.03, 0.3 }
                   from c in new[] { 1.0, 4.0 }
                   select new[] { l0 * least, 0.5, 0.5, b / peak, c * cScale, 0.6, 0.6 }];
    }

    private sealed class Features(double[] lnS1, LossDropTerms drop) : CurveFeatures(lnS1.Length)
    {
        public double[] LnS1 { get; } = lnS1;
        public LossDropTerms Drop { get; } = drop;
        public override int ScratchLength => 5 * Drop.Count;
    }
}
