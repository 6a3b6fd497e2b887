using ScalingLaws.Curves;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.Curves;

/// <summary>Schedules and curves generated from known laws, with seeded noise, for gradient and recovery tests.</summary>
internal static class SyntheticCurves
{
    public const double Peak = 3e-4;

    /// <summary>Linear warm-up over <paramref name="warmup"/> steps, then cosine to 0.1 × peak at <paramref name="total"/>.</summary>
    public static LearningRateSchedule Cosine(int total, int warmup = 200) => LearningRateSchedule.FromFunction(total,
        k => k < warmup ? Peak * k / warmup : 0.1 * Peak + 0.45 * Peak * (1 + Math.Cos(Math.PI * (k - warmup) / (total - warmup))), "cosine");

    /// <summary>Warm-up, constant, then a linear decay to 0.1 × peak over the last <paramref name="decay"/> steps.</summary>
    public static LearningRateSchedule Wsd(int total, int decay, int warmup = 200) => LearningRateSchedule.FromFunction(total,
        k => k < warmup ? Peak * k / warmup : k < total - decay ? Peak : Peak * (1 - 0.9 * (k - (total - decay)) / decay), "wsd");

    /// <summary>Warm-up, then constant until <paramref name="change"/>, then a lower constant.</summary>
    public static LearningRateSchedule TwoStage(int total, int change, double factor, int warmup = 200) => LearningRateSchedule.FromFunction(total,
        k => k < warmup ? Peak * k / warmup : k < change ? Peak : factor * Peak, "two-stage");

    /// <summary>The law's curve at every <paramref name="every"/>-th step from <paramref name="first"/>, with relative Gaussian noise (seeded).</summary>
    public static LossCurve Curve(string name, CurveLaw law, double[] values, LearningRateSchedule schedule, int first, int every, double noise = 0, int seed = 1)
    {
        var steps = Enumerable.Range(0, (schedule.LastStep - first) / every + 1).Select(i => first + i * every).ToArray();
        var clean = law.Predict(values, new LossCurve(name, steps, steps.Select(_ => 1.0), schedule));
        var random = new Random(seed);
        return new LossCurve(name, steps, clean.Select(l => l * (1 + noise * StandardNormal.Draw(random))), schedule);
    }
}
