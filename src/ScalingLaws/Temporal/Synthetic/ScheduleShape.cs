namespace ScalingLaws.Temporal.Synthetic;

/// <summary>The learning-rate schedules a synthetic run can follow, each after a linear warmup from 0.</summary>
public enum ScheduleShape
{
    /// <summary>The peak rate until the end.</summary>
    Constant,

    /// <summary>Cosine decay from the peak to the final rate.</summary>
    Cosine,

    /// <summary>Warmup-stable-decay: the peak rate, then a linear decay to the final rate over the last part.</summary>
    Wsd,
}
