namespace ScalingLaws.Downstream;

/// <summary>
/// Accuracy directly against training compute C = 6ND: acc = c + (u − c)/(1 + (C/C0)^(−alpha)). Well below C0 the
/// accuracy above chance is a power of compute, (u − c)·(C/C0)^alpha; it saturates at the ceiling u ≤ 1. A logistic in
/// ln C, so it needs no loss and compounds no first-step error (Krajewski et al. 2025 fit accuracy against compute directly).
/// </summary>
public sealed class DirectComputeLaw : LogisticAccuracyLaw
{
    /// <summary>The law.</summary>
    public static DirectComputeLaw Instance { get; } = new();

    private DirectComputeLaw()
        : base(AccuracyForm.Direct, "acc = c + (u − c)/(1 + (C/C0)^(−alpha))", AccuracyInput.Compute,
            rate: new("alpha", ParameterScale.Log, [Math.Log(0.3)]), midpoint: new("C0", ParameterScale.Log, [Math.Log(1e21)]))
    {
    }

    // t = ln C and C0 is fitted as ln C0 = t at the midpoint.
    private protected override double Feature(double x) => Math.Log(x);

    private protected override double MidpointSign => 1;
}
