namespace ScalingLaws.Training.Training;

/// <summary>How one model is trained and measured.</summary>
/// <param name="Tokens">Training tokens; the run takes ⌈Tokens / (Sequences × context)⌉ steps.</param>
/// <param name="PeakLearningRate">The learning rate after warm-up.</param>
/// <param name="Sequences">Sequences per batch.</param>
/// <param name="WarmupFraction">The share of steps spent warming up.</param>
/// <param name="Checkpoints">Evenly spaced measurements, the last at the final step.</param>
/// <param name="EvaluationSequences">Held-out sequences each measurement averages over.</param>
/// <param name="WarmupSteps">Overrides <paramref name="WarmupFraction"/>, so runs of different lengths can share their first steps exactly.</param>
/// <param name="ExtraCheckpoints">More steps to measure at, e.g. where shorter runs branch off this one.</param>
public sealed record TrainingSettings(
    double Tokens,
    double PeakLearningRate,
    ScheduleShape Schedule = ScheduleShape.Cosine,
    int Sequences = 32,
    double WarmupFraction = 0.05,
    int Checkpoints = 16,
    int EvaluationSequences = 512,
    long Seed = 1,
    double WeightDecay = 0.1,
    double ClipNorm = 1.0,
    long? WarmupSteps = null,
    IReadOnlyList<long>? ExtraCheckpoints = null)
{
    /// <summary>Optimizer steps for sequences of <paramref name="context"/> tokens.</summary>
    public long Steps(int context) => Math.Max(1, (long)Math.Ceiling(Tokens / ((double)Sequences * context)));

    /// <summary>The learning-rate schedule for sequences of <paramref name="context"/> tokens.</summary>
    public WarmupSchedule LearningRates(int context)
    {
        var steps = Steps(context);
        return WarmupSchedule.ForTraining(Schedule, PeakLearningRate, steps, Math.Clamp(WarmupSteps ?? (long)Math.Round(WarmupFraction * steps), 1, steps));
    }

    /// <summary>The steps after which the model is measured: evenly spaced, the last one included, and the extra ones.</summary>
    public IReadOnlyList<long> CheckpointSteps(int context)
    {
        var steps = Steps(context);
        return [.. Enumerable.Range(1, Checkpoints).Select(k => (long)Math.Round((double)k * steps / Checkpoints))
            .Concat(ExtraCheckpoints ?? [])
            .Where(s => s > 0 && s <= steps).Distinct().Order()];
    }
}
