namespace ScalingLaws.Curves;

/// <summary>
/// A learning-rate rule: a linear warm-up from 0 at step 0 to <see cref="Peak"/> at <see cref="WarmupSteps"/>, then
/// <see cref="Shape"/> down to <see cref="FinalFraction"/> × <see cref="Peak"/> at <see cref="TotalSteps"/> (for WSD, a
/// linear decay from <see cref="DecayStart"/> over <see cref="DecaySteps"/>). The one rule the trainer, the synthetic
/// generators and the curve laws share: <see cref="Rate"/> reads it at a step count (steps are real numbers, so a rule
/// can be read between steps) and <see cref="PerStep"/> tabulates it as the <see cref="LearningRateSchedule"/> the
/// curve laws read; <see cref="RateOfUpdate"/> is how the trainer reads it (<see cref="ForTraining"/>).
/// </summary>
public sealed record WarmupSchedule(ScheduleShape Shape, double Peak, double FinalFraction, double WarmupSteps, double TotalSteps, double DecayStart, double DecaySteps)
{
    /// <summary>The share of the peak the trainer's cosine decays to.</summary>
    public const double TrainingCosineFloor = 0.1;

    /// <summary>The share of the steps the trainer's warm-up-stable-decay spends decaying (to zero).</summary>
    public const double TrainingDecayFraction = 0.2;

    /// <summary>Cosine or constant after the warm-up: no stable phase to place.</summary>
    public WarmupSchedule(ScheduleShape shape, double peak, double finalFraction, double warmupSteps, double totalSteps)
        : this(shape, peak, finalFraction, warmupSteps, totalSteps, totalSteps, 0)
    {
    }

    /// <summary>The rate at <paramref name="step"/>.</summary>
    public double Rate(double step)
    {
        if (step < WarmupSteps)
            return Peak * step / WarmupSteps;
        var final = Peak * FinalFraction;
        return Shape switch
        {
            ScheduleShape.Constant => Peak,
            ScheduleShape.Cosine => final + (Peak - final) * HalfCosine(step, TotalSteps),
            _ => step < DecayStart ? Peak : Peak - (Peak - final) * (step - DecayStart) / DecaySteps,
        };
    }

    /// <summary>The rule at every step 0 … <paramref name="lastStep"/>, with its running areas.</summary>
    public LearningRateSchedule PerStep(int lastStep, string description) =>
        LearningRateSchedule.FromFunction(lastStep, k => Rate(k), description);

    /// <summary>
    /// The trainer's rule for a run of <paramref name="totalSteps"/> updates: cosine to a tenth of the peak, or WSD
    /// stable until its last fifth and then linear to zero. Up to <see cref="DecayStart"/> a WSD rate does not depend
    /// on the run's length, so a shorter run can branch off a longer one there and continue exactly as if run alone.
    /// </summary>
    public static WarmupSchedule ForTraining(ScheduleShape shape, double peak, long totalSteps, long warmupSteps)
    {
        var decayStart = Math.Max(warmupSteps, totalSteps - Math.Max(1, (long)Math.Round(TrainingDecayFraction * totalSteps)));
        return new WarmupSchedule(shape, peak, shape == ScheduleShape.Wsd ? 0 : TrainingCosineFloor, warmupSteps, totalSteps,
            decayStart, totalSteps - decayStart);
    }

    /// <summary>
    /// The rate of optimizer update <paramref name="update"/> (0-based, 0 … <see cref="TotalSteps"/> − 1), as trained
    /// runs were made: update u takes the warm-up's value at u + 1 (the first update is not at rate 0), the cosine
    /// reaches its floor at the last update, and the rates are formed as the trainer has always formed them, so
    /// trained runs stay as they were to the last bit.
    /// </summary>
    public double RateOfUpdate(long update)
    {
        if (update < WarmupSteps)
            return Peak * (update + 1) / WarmupSteps;
        return Shape switch
        {
            ScheduleShape.Constant => Peak,
            ScheduleShape.Cosine => Peak * (FinalFraction + (1 - FinalFraction) * HalfCosine(update, TotalSteps - 1)),
            _ => update < DecayStart ? Peak : Peak * (TotalSteps - update) / (TotalSteps - DecayStart),
        };
    }

    /// <summary>½(1 + cos πθ), θ the share of the decay from the warm-up's end to <paramref name="end"/> done at <paramref name="step"/>.</summary>
    private double HalfCosine(double step, double end) =>
        0.5 * (1 + Math.Cos(Math.PI * ((step - WarmupSteps) / Math.Max(1, end - WarmupSteps))));
}
