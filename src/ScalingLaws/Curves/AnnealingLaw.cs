namespace ScalingLaws.Curves;

/// <summary>
/// Tissue et al. 2024, "Scaling Law with Learning Rate Annealing": L = L0 + A·S1^(−alpha) − C·S2, with S1 the area
/// under the learning rate up to t (warm-up included) and S2 the annealing area Σ m_i, m_i = λ·m_{i−1} + (η_{i−1} − η_i),
/// λ = 0.999, summed from the end of warm-up.
/// </summary>
public sealed class AnnealingLaw : AreaPowerLaw
{
    /// <summary>Indices of the parameters in <see cref="CurveLaw.Parameters"/>.</summary>
    public const int L0 = 0, A = 1, Alpha = 2, C = 3;

    /// <summary>The momentum λ of the annealing area, the paper's value.</summary>
    public const double Momentum = 0.999;

    /// <summary>The law.</summary>
    public static AnnealingLaw Instance { get; } = new();

    /// <summary>The law; <see cref="Instance"/> is the shared one.</summary>
    public AnnealingLaw()
        : base("tissue", "L = L0 + A*S1^(-alpha) - C*S2", description: "Tissue et al. 2024: S1 forward area, S2 annealing area with momentum 0.999",
            drop: new("C", ParameterScale.Linear, []))
    {
    }

    /// <inheritdoc/>
    public override bool IsExponent(int index) => Parameters[index].Name != "C" && base.IsExponent(index);

    private protected override double[] DropFeature(LossCurve curve, LearningRateSchedule schedule)
    {
        var s2 = schedule.AnnealingAreas(Momentum);
        return [.. curve.Steps.Select(s => s2[s])];
    }

    internal override IReadOnlyList<double[]> Starts(IReadOnlyList<LossCurve> curves)
    {
        var least = curves.Min(c => c.Loss.Min());
        // C·S2 is a loss drop of order 0.1 when the rate anneals fully: S2 ≈ η_max/(1 − λ).
        var scale = 0.1 * (1 - Momentum) / curves.Max(c => MaxRate(ScheduleOf(c)));
        return [.. from l0 in new[] { 0.6, 0.8, 0.95 }
                   from a in new[] { 0.3, 1.0, 3.0 }
                   from alpha in new[] { 0.3, 0.6, 1.0 }
                   from c in new[] { 0.0, 1.0, 3.0 }
                   select new[] { l0 * least, a, alpha, c * scale }];
    }

    internal static double MaxRate(LearningRateSchedule schedule)
    {
        var max = 0.0;
        foreach (var rate in schedule.Rates)
            max = Math.Max(max, rate);
        return max > 0 ? max : throw new ScalingLawsException("the learning rate is 0 at every step; a schedule-aware law cannot be fitted.");
    }
}
