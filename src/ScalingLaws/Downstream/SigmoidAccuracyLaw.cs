namespace ScalingLaws.Downstream;

/// <summary>
/// OLMo's loss → accuracy law (Bhagia et al. 2024): acc = c + (u − c)/(1 + e^(k·(L − L0))) with the task's chance level c as
/// floor and a fitted ceiling u ≤ 1. Sign convention: k &gt; 0, so accuracy rises as loss falls (the issue's
/// e^(−k(L − L0)) with k &lt; 0); L0 is the loss at which accuracy is halfway from chance to the ceiling.
/// </summary>
public sealed class SigmoidAccuracyLaw : LogisticAccuracyLaw
{
    /// <summary>The law.</summary>
    public static SigmoidAccuracyLaw Instance { get; } = new();

    private SigmoidAccuracyLaw()
        : base(AccuracyForm.Sigmoid, "acc = c + (u − c)/(1 + exp(k·(L − L0)))", AccuracyInput.Loss,
            rate: new("k", ParameterScale.Log, [0]), midpoint: new("L0", ParameterScale.Linear, [3]))
    {
    }

    // t = −L, so the midpoint L0 is −t.
    private protected override double Feature(double x) => -x;

    private protected override double MidpointSign => -1;
}
