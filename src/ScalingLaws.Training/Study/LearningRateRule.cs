namespace ScalingLaws.Training.Study;

/// <summary>
/// The default peak learning rate, 0.5/d_model: Adam's rate falling as 1/width (as μP prescribes for the hidden
/// matrices), anchored where a sweep of the 50K model (d = 48) on the synthetic language was best
/// (1e-2 beat 3e-3 and 1e-3 after 1M tokens: held-out 2.32, 2.54, 2.87).
/// </summary>
public static class LearningRateRule
{
    /// <summary>The rule in words.</summary>
    public const string Description = "0.5/d_model";

    /// <summary>The peak learning rate for width d_model = <paramref name="width"/>: 0.5/d.</summary>
    public static double For(int width) => 0.5 / width;
}
