namespace ScalingLaws.Curves;

/// <summary>
/// A power law in the area under the schedule minus a loss drop linear in one schedule feature X:
/// L = L0 + A·S1^(−alpha) − c·X(t), S1 the area under the learning rate up to t (warm-up included). Tissue et al.'s
/// law (X the annealing area S2) and the Multi-Power Law repository's initialisation (X = η_max − η_t) share it; each
/// says what X is, the scale of c (its fourth parameter) and its starts.
/// </summary>
public abstract class AreaPowerLaw : CurveLaw
{
    private const int L0 = 0, A = 1, Alpha = 2, Drop = 3;

    /// <summary>L0, A and alpha of the power in the area: the first three parameters of every schedule-aware law.</summary>
    internal static ImmutableArray<LawParameter> PowerInArea { get; } =
    [
        new("L0", ParameterScale.Log, []),
        new("A", ParameterScale.Log, []),
        new("alpha", ParameterScale.Linear, []),
    ];

    /// <summary>A law whose parameters are <see cref="PowerInArea"/>, then <paramref name="drop"/> (c).</summary>
    private protected AreaPowerLaw(string name, string formula, string description, LawParameter drop)
        : base(name, formula, description, needsSchedule: true, [.. PowerInArea, drop])
    {
    }

    /// <summary>X at each logged step of <paramref name="curve"/>.</summary>
    private protected abstract double[] DropFeature(LossCurve curve, LearningRateSchedule schedule);

    internal sealed override CurveFeatures Prepare(LossCurve curve)
    {
        var schedule = ScheduleOf(curve);
        return new Features(
            AreaLogs(curve, schedule),
            DropFeature(curve, schedule));
    }

    internal sealed override void LogPredict(ReadOnlySpan<double> theta, CurveFeatures features, Span<double> lnPrediction, Span<double> jacobian, Span<double> scratch)
    {
        var f = (Features)features;
        var n = f.Count;
        var logScaled = Parameters[Drop].Scale == ParameterScale.Log;
        var (l0, c) = (Math.Exp(theta[L0]), logScaled ? Math.Exp(theta[Drop]) : theta[Drop]);
        for (var i = 0; i < n; i++)
        {
            var power = Math.Exp(theta[A] - theta[Alpha] * f.LnS1[i]);
            var drop = c * f.X[i];
            var loss = l0 + power - drop;
            lnPrediction[i] = Math.Log(loss);
            jacobian[L0 * n + i] = l0 / loss;
            jacobian[A * n + i] = power / loss;
            jacobian[Alpha * n + i] = -power * f.LnS1[i] / loss;
            jacobian[Drop * n + i] = -(logScaled ? drop : f.X[i]) / loss; // ∂drop/∂ln c = drop, ∂drop/∂c = X
        }
    }

    private sealed class Features(double[] lnS1, double[] x) : CurveFeatures(lnS1.Length)
    {
        public double[] LnS1 { get; } = lnS1;
        public double[] X { get; } = x;
    }
}
