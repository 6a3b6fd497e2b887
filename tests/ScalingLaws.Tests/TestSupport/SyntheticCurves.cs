using ScalingLaws.Curves;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests;

/// <summary>Schedules and curves generated from known laws, with seeded noise, for gradient and recovery tests.</summary>
internal static class SyntheticCurves
{
    public const double Peak = 3e-4;

    /// <summary>Linear warm-up over <paramref name="warmup"/> steps, then cosine to 0.1 × peak at <paramref name="total"/>.</summary>
    public static LearningRateSchedule Cosine(int total, int warmup = 200) =>
        new WarmupSchedule(ScheduleShape.Cosine, Peak, 0.1, warmup, total).PerStep(total, "cosine");

    /// <summary>Warm-up, constant, then a linear decay to 0.1 × peak over the last <paramref name="decay"/> steps.</summary>
    public static LearningRateSchedule Wsd(int total, int decay, int warmup = 200) =>
        new WarmupSchedule(ScheduleShape.Wsd, Peak, 0.1, warmup, total, total - decay, decay).PerStep(total, "wsd");

    /// <summary>Warm-up, then constant until <paramref name="change"/>, then a lower constant.</summary>
    public static LearningRateSchedule TwoStage(int total, int change, double factor, int warmup = 200)
    {
        var constant = new WarmupSchedule(ScheduleShape.Constant, Peak, 1, warmup, total);
        return LearningRateSchedule.FromFunction(total, k => k < change ? constant.Rate(k) : factor * Peak, "two-stage");
    }

    /// <summary>The law's curve at every <paramref name="every"/>-th step from <paramref name="first"/>, with relative Gaussian noise (seeded).</summary>
    public static LossCurve Curve(string name, CurveLaw law, double[] values, LearningRateSchedule schedule, int first, int every, double noise = 0, int seed = 1)
    {
        var steps = Enumerable.Range(0, (schedule.LastStep - first) / every + 1).Select(i => first + i * every).ToArray();
        var clean = law.Predict(values, new LossCurve(name, steps, steps.Select(_ => 1.0), schedule));
        var random = new Random(seed);
        return new LossCurve(name, steps, clean.Select(l => l * (1 + noise * StandardNormal.Draw(random))), schedule);
    }
}
