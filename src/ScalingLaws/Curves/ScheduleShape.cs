namespace ScalingLaws.Curves;

/// <summary>
/// The shape of a learning-rate schedule after its linear warm-up from 0: the one list the trainer, the synthetic
/// generators and <see cref="WarmupSchedule"/> share (the command line spells them constant, cosine and wsd).
/// </summary>
public enum ScheduleShape
{
    /// <summary>The peak rate until the end.</summary>
    Constant,

    /// <summary>Cosine decay from the peak to the final rate (Chinchilla decays to a tenth of the peak).</summary>
    Cosine,

    /// <summary>Warm-up, stable at the peak, then a linear decay to the final rate over the last part (Hägele et al. 2024).</summary>
    Wsd,
}
