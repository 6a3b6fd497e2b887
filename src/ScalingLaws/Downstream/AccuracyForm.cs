namespace ScalingLaws.Downstream;

/// <summary>The accuracy laws on offer.</summary>
public enum AccuracyForm
{
    /// <summary>A sigmoid of loss from the chance level to a fitted ceiling (Bhagia et al. 2024, OLMo's ladder).</summary>
    Sigmoid,

    /// <summary>Gadre et al. 2024's exponential error law of loss, Err(L) = ε − a·e^(−b·L).</summary>
    Exponential,

    /// <summary>Accuracy directly against compute: a power in C above chance that saturates at a fitted ceiling.</summary>
    Direct,
}
