using System.Collections.Immutable;

namespace ScalingLaws.Temporal.Synthetic;

/// <summary>
/// Generates per-position loss curves from a known temporal law with multiplicative Gaussian noise,
/// reproducibly from a seed. The learning-rate area S1 is summed over every step (the fitter sees
/// only checkpoint rates), so recovery also tests the fitter's checkpoint approximation of S1.
/// </summary>
public static class PositionLossGenerator
{
    /// <summary>A synthetic run's per-position losses under <paramref name="settings"/>.</summary>
    public static SyntheticRun Generate(SyntheticRunSettings settings)
    {
        settings.Validate();
        var steps = Enumerable.Range(1, settings.Checkpoints).Select(k => (int)Math.Round((double)k * settings.Steps / settings.Checkpoints)).ToArray();
        var area = StepArea(settings, out var areaAt);
        var endTokens = settings.Steps * settings.TokensPerStep;
        var random = new Random(settings.Seed);
        var checkpoints = new List<PositionCheckpoint>();
        var truth = new List<(double, double, double)>();
        foreach (var step in steps)
        {
            var tokens = step * settings.TokensPerStep;
            var rate = LearningRate(settings, step);
            var a0 = settings.A0[0] + settings.A0[1] * Math.Log(tokens / endTokens);
            var a1 = settings.A1[0] + settings.A1[1] / (1 + tokens / settings.A1[2]);
            var a2 = settings.A2[0] + settings.A2[1] * Math.Log(areaAt[step] / area) + settings.A2[2] * rate / settings.PeakLearningRate;
            var losses = Enumerable.Range(1, settings.Positions)
                .Select(i => (a0 / (1 + a1 * i) + a2) * Math.Exp(settings.Noise * Normal(random)));
            checkpoints.Add(new PositionCheckpoint(step, tokens, rate, [.. losses]));
            truth.Add((a0, a1, a2));
        }
        var run = new PositionLosses($"synthetic-{settings.Schedule.ToString().ToLowerInvariant()}", "synthetic", checkpoints);
        return new SyntheticRun(run, [.. truth], settings);
    }

    /// <summary>The learning rate after <paramref name="step"/> steps: linear warmup from 0, then the schedule.</summary>
    public static double LearningRate(SyntheticRunSettings settings, double step)
    {
        var peak = settings.PeakLearningRate;
        var final = peak * settings.FinalLearningRateFraction;
        var warmup = settings.WarmupFraction * settings.Steps;
        if (step < warmup)
            return peak * step / warmup;
        var progress = (step - warmup) / Math.Max(1, settings.Steps - warmup);
        return settings.Schedule switch
        {
            ScheduleShape.Constant => peak,
            ScheduleShape.Cosine => final + (peak - final) * 0.5 * (1 + Math.Cos(Math.PI * progress)),
            _ => step < settings.Steps * (1 - settings.DecayFraction)
                ? peak
                : peak - (peak - final) * (step - settings.Steps * (1 - settings.DecayFraction)) / (settings.Steps * settings.DecayFraction),
        };
    }

    // S1 summed step by step; returns the total and the running sum at every step.
    private static double StepArea(SyntheticRunSettings settings, out double[] areaAt)
    {
        areaAt = new double[settings.Steps + 1];
        for (var s = 1; s <= settings.Steps; s++)
            areaAt[s] = areaAt[s - 1] + LearningRate(settings, s);
        return areaAt[settings.Steps];
    }

    // Box–Muller from the seeded generator.
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
