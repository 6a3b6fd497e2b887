namespace ScalingLaws.Training.Optim;

/// <summary>The shape of the learning rate after warm-up.</summary>
public enum ScheduleKind
{
    /// <summary>Cosine from the peak to a tenth of it at the last step (Chinchilla).</summary>
    Cosine,

    /// <summary>The peak until the end.</summary>
    Constant,

    /// <summary>Warm-up, stable at the peak, then a linear decay to zero over the last fifth (Hägele et al. 2024).</summary>
    WarmupStableDecay,
}
