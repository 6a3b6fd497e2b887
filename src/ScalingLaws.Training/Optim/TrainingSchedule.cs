using ScalingLaws.Curves;

namespace ScalingLaws.Training.Optim;

/// <summary>
/// The learning rate of each optimizer update of a training run: a linear warm-up from zero to the peak, then
/// <see cref="Kind"/> (cosine to a tenth of the peak, or WSD to zero). Indexed by update (0-based, so update u gets
/// the warm-up's value at u + 1) rather than read at a step count like the core's <see cref="WarmupSchedule"/>: the
/// two differ by a step, and trained runs stay as they were.
/// </summary>
public sealed record TrainingSchedule(ScheduleShape Kind, double Peak, long TotalSteps, long WarmupSteps)
{
    /// <summary>Cosine decays to this share of the peak.</summary>
    public const double CosineFloor = 0.1;
    /// <summary>The share of steps warm-up-stable-decay spends decaying.</summary>
    public const double DecayFraction = 0.2;

    /// <summary>The rate for the update of step <paramref name="step"/> (0-based).</summary>
    public double At(long step)
    {
        if (step < WarmupSteps)
            return Peak * (step + 1) / WarmupSteps;
        return Kind switch
        {
            ScheduleShape.Constant => Peak,
            ScheduleShape.Cosine => Cosine(step),
            ScheduleShape.Wsd => StableThenDecay(step),
            _ => throw new ArgumentOutOfRangeException(nameof(Kind)),
        };
    }

    private double Cosine(long step)
    {
        var progress = Math.Min(1.0, (double)(step - WarmupSteps) / Math.Max(1, TotalSteps - 1 - WarmupSteps));
        return Peak * (CosineFloor + (1 - CosineFloor) * 0.5 * (1 + Math.Cos(Math.PI * progress)));
    }

    /// <summary>
    /// The first step of the decay of a warm-up-stable-decay schedule. Up to it the rate does not depend on the
    /// run's length, so a shorter run can branch off a longer one there and continue exactly as if run alone.
    /// </summary>
    public long DecayStart => Math.Max(WarmupSteps, TotalSteps - Math.Max(1, (long)Math.Round(DecayFraction * TotalSteps)));

    private double StableThenDecay(long step) =>
        step < DecayStart ? Peak : Peak * (TotalSteps - step) / (double)(TotalSteps - DecayStart);
}
