namespace ScalingLaws.Curves;

/// <summary>The schedule-free baseline: a power law in the step, L = E + A·t^(−alpha).</summary>
public sealed class StepPowerLaw : CurveLaw
{
    /// <summary>Indices of the parameters in <see cref="CurveLaw.Parameters"/>.</summary>
    public const int E = 0, A = 1, Alpha = 2;

    /// <summary>The law.</summary>
    public static StepPowerLaw Instance { get; } = new();

    /// <summary>The law; <see cref="Instance"/> is the shared one.</summary>
    public StepPowerLaw()
        : base("power", "L = E + A*t^(-alpha)", description: "power law in the step t; ignores the learning-rate schedule", needsSchedule: false,
            [new("E", ParameterScale.Log, []), new("A", ParameterScale.Log, []), new("alpha", ParameterScale.Linear, [])])
    {
    }

    internal override CurveFeatures Prepare(LossCurve curve) =>
        new Features(Logs(curve, i => curve.Steps[i], "the step"));

    internal override void LogPredict(ReadOnlySpan<double> theta, CurveFeatures features, Span<double> lnPrediction, Span<double> jacobian, Span<double> scratch)
    {
        var lnStep = ((Features)features).LnStep;
        var n = lnStep.Length;
        var irreducible = Math.Exp(theta[E]);
        for (var i = 0; i < n; i++)
        {
            var term = Math.Exp(theta[A] - theta[Alpha] * lnStep[i]);
            var sum = irreducible + term;
            lnPrediction[i] = Math.Log(sum);
            jacobian[E * n + i] = irreducible / sum;
            jacobian[A * n + i] = term / sum;
            jacobian[Alpha * n + i] = -term / sum * lnStep[i];
        }
    }

    internal override IReadOnlyList<double[]> Starts(IReadOnlyList<LossCurve> curves)
    {
        var least = curves.Min(c => c.Loss.Min());
        return [.. from e in new[] { 0.5, 0.8, 0.95 }
                   from a in new[] { 1.0, 10, 100, 1000 }
                   from alpha in new[] { 0.2, 0.5, 1.0 }
                   select new[] { e * least, a, alpha }];
    }

    private sealed class Features(double[] lnStep) : CurveFeatures(lnStep.Length)
    {
        public double[] LnStep { get; } = lnStep;
    }
}
