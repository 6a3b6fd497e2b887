namespace ScalingLaws.Curves;

/// <summary>
/// A learning-rate rule: a linear warm-up from 0 at step 0 to <see cref="Peak"/> at <see cref="WarmupSteps"/>, then
/// <see cref="Shape"/> down to <see cref="Final"/> at <see cref="TotalSteps"/> (for WSD, a linear decay from
/// <see cref="DecayStart"/> over <see cref="DecaySteps"/>). Steps are real numbers, so a rule can be read between
/// steps; <see cref="PerStep"/> tabulates it as the <see cref="LearningRateSchedule"/> the curve laws read.
/// </summary>
public sealed record WarmupSchedule(ScheduleShape Shape, double Peak, double Final, double WarmupSteps, double TotalSteps, double DecayStart, double DecaySteps)
{
    /// <summary>Cosine or constant after the warm-up: no stable phase to place.</summary>
    public WarmupSchedule(ScheduleShape shape, double peak, double final, double warmupSteps, double totalSteps)
        : this(shape, peak, final, warmupSteps, totalSteps, totalSteps, 0)
    {
    }

    /// <summary>The rate at <paramref name="step"/>.</summary>
    public double Rate(double step)
    {
        if (step < WarmupSteps)
            return Peak * step / WarmupSteps;
        return Shape switch
        {
            ScheduleShape.Constant => Peak,
            ScheduleShape.Cosine => Final + (Peak - Final) * 0.5 * (1 + Math.Cos(Math.PI * ((step - WarmupSteps) / Math.Max(1, TotalSteps - WarmupSteps)))),
            _ => step < DecayStart ? Peak : Peak - (Peak - Final) * (step - DecayStart) / DecaySteps,
        };
    }

    /// <summary>The rule at every step 0 … <paramref name="lastStep"/>, with its running areas.</summary>
    public LearningRateSchedule PerStep(int lastStep, string description) =>
        LearningRateSchedule.FromFunction(lastStep, k => Rate(k), description);
}
