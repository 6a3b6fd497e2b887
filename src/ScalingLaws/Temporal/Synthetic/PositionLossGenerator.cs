using ScalingLaws.Curves;
using ScalingLaws.Simulation;

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
        var schedule = settings.LearningRates.PerStep(settings.Steps, "synthetic");
        var area = schedule.Area(settings.Steps);
        var endTokens = settings.Steps * settings.TokensPerStep;
        var random = new Random(settings.Seed);
        var checkpoints = new List<PositionCheckpoint>();
        var truth = new List<(double, double, double)>();
        foreach (var step in steps)
        {
            var tokens = step * settings.TokensPerStep;
            var rate = schedule.Rate(step);
            var a0 = settings.A0[0] + settings.A0[1] * Math.Log(tokens / endTokens);
            var a1 = settings.A1[0] + settings.A1[1] / (1 + tokens / settings.A1[2]);
            var a2 = settings.A2[0] + settings.A2[1] * Math.Log(schedule.Area(step) / area) + settings.A2[2] * rate / settings.PeakLearningRate;
            var losses = Enumerable.Range(1, settings.Positions)
                .Select(i => (a0 / (1 + a1 * i) + a2) * Math.Exp(settings.Noise * StandardNormal.Draw(random)));
            checkpoints.Add(new PositionCheckpoint(step, tokens, rate, [.. losses]));
            truth.Add((a0, a1, a2));
        }
        var run = new PositionLosses($"synthetic-{settings.Schedule.ToString().ToLowerInvariant()}", "synthetic", checkpoints);
        return new SyntheticRun(run, [.. truth], settings);
    }
}
