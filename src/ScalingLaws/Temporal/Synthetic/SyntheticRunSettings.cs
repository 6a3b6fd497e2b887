using ScalingLaws.Curves;

namespace ScalingLaws.Temporal.Synthetic;

/// <summary>
/// A synthetic run: its length, evaluation, schedule, noise and the true temporal law behind it.
/// Defaults resemble a small GPT-style model trained on 10.5B tokens (20,000 steps of 512 sequences
/// of 1,024 tokens) with per-position losses from about 6.5 nats at position 1 to about 3 at the end of
/// the context. The true law uses the same forms the fitter can choose: a0 logarithmic, a1 hyperbolic,
/// a2 schedule-shaped, written on the run's own scales (t_end, S1 at the end, the peak rate).
/// </summary>
public sealed record SyntheticRunSettings
{
    /// <summary>Positions per sequence.</summary>
    public int Positions { get; init; } = 1024;
    /// <summary>Checkpoints, evenly spaced.</summary>
    public int Checkpoints { get; init; } = 40;
    /// <summary>Optimizer steps.</summary>
    public int Steps { get; init; } = 20_000;
    /// <summary>Tokens per step.</summary>
    public double TokensPerStep { get; init; } = 512 * 1024;

    /// <summary>The learning-rate schedule's shape.</summary>
    public ScheduleShape Schedule { get; init; } = ScheduleShape.Cosine;
    /// <summary>The peak learning rate.</summary>
    public double PeakLearningRate { get; init; } = 6e-4;
    /// <summary>The share of steps spent warming up.</summary>
    public double WarmupFraction { get; init; } = 0.01;

    /// <summary>The final rate of cosine and WSD as a fraction of the peak.</summary>
    public double FinalLearningRateFraction { get; init; } = 0.1;

    /// <summary>The fraction of steps WSD spends decaying.</summary>
    public double DecayFraction { get; init; } = 0.2;

    /// <summary>The schedule the run follows, from the fields above: warm-up over the first steps, then <see cref="Schedule"/>.</summary>
    public WarmupSchedule LearningRates => new(Schedule, PeakLearningRate, FinalLearningRateFraction,
        WarmupFraction * Steps, Steps, Steps * (1 - DecayFraction), Steps * DecayFraction);

    /// <summary>The standard deviation of the multiplicative noise on each per-position loss (0.005 = 0.5%).</summary>
    public double Noise { get; init; } = 0.005;

    /// <summary>The random seed.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>a0 = A0[0] + A0[1]·ln(t/t_end).</summary>
    public double[] A0 { get; init; } = [4.2, -0.41];

    /// <summary>a1 = A1[0] + A1[1]/(1 + t/A1[2]), A1[2] in tokens.</summary>
    public double[] A1 { get; init; } = [0.2, 0.3, 1e9];

    /// <summary>a2 = A2[0] + A2[1]·ln(S1/S1_end) + A2[2]·η/η_peak.</summary>
    public double[] A2 { get; init; } = [3.1, -0.25, 0.15];

    /// <summary>The most losses a synthetic run holds (80 MB of numbers): more is a typo, not a test file.</summary>
    public const long MaxLosses = 10_000_000;

    internal void Validate()
    {
        if (Positions < PositionLaw.ParameterCount)
            throw new ScalingLawsException($"{Setting.Positions} {Positions}: give at least {PositionLaw.ParameterCount} positions.");
        if ((long)Positions * Checkpoints > MaxLosses)
            throw new ScalingLawsException($"{Setting.Positions} {Positions:N0} with {Setting.Checkpoints} {Checkpoints:N0}: at most {MaxLosses:N0} losses (positions × checkpoints); give fewer.");
        if (Checkpoints < 2 || Checkpoints > Steps)
            throw new ScalingLawsException($"{Setting.Checkpoints} {Checkpoints}: give between 2 and the number of steps ({Steps:N0}).");
        if (!(Noise >= 0 && Noise < 0.5))
            throw new ScalingLawsException($"{Setting.Noise} {Data.QuantityFormat.Constant(Noise)}: give a relative noise from 0 up to 0.5, e.g. 0.005 for 0.5%.");
        if (!(PeakLearningRate > 0 && TokensPerStep > 0 && WarmupFraction is >= 0 and < 1 && FinalLearningRateFraction is >= 0 and <= 1 && DecayFraction is > 0 and <= 1))
            throw new ScalingLawsException("the synthetic schedule needs a positive peak rate and tokens per step, and warmup, final and decay fractions in [0, 1].");
    }
}
