namespace ScalingLaws.Downstream;

/// <summary>What an accuracy law reads: a model's loss (the two-step chain's second step) or its training compute C = 6ND (a direct fit).</summary>
public enum AccuracyInput
{
    /// <summary>The model's loss.</summary>
    Loss,
    /// <summary>Training FLOPs.</summary>
    Compute,
}
