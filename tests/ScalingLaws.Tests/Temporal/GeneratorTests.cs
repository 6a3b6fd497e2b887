using ScalingLaws.Curves;
using ScalingLaws.Temporal;
using ScalingLaws.Temporal.Synthetic;

namespace ScalingLaws.Tests.Temporal;

/// <summary>The synthetic generator: reproducible by seed, exact without noise, with the schedules it promises.</summary>
public sealed class GeneratorTests
{
    [Fact]
    public void Same_seed_same_run_other_seed_other_noise()
    {
        var settings = new SyntheticRunSettings { Positions = 32, Checkpoints = 5 };
        var a = PositionLossGenerator.Generate(settings).Losses;
        var b = PositionLossGenerator.Generate(settings).Losses;
        var c = PositionLossGenerator.Generate(settings with { Seed = 7 }).Losses;

        Assert.Equal(a.Checkpoints.SelectMany(x => x.Losses), b.Checkpoints.SelectMany(x => x.Losses));
        Assert.NotEqual(a.Checkpoints.SelectMany(x => x.Losses), c.Checkpoints.SelectMany(x => x.Losses));
    }

    [Fact]
    public void Without_noise_every_loss_is_the_true_law()
    {
        var run = PositionLossGenerator.Generate(new SyntheticRunSettings { Positions = 64, Checkpoints = 10, Noise = 0 });

        for (var k = 0; k < run.Losses.Count; k++)
        {
            var (a0, a1, a2) = run.TrueParameters[k];
            for (var i = 1; i <= 64; i++)
                Assert.Equal(a0 / (1 + a1 * i) + a2, run.Losses[k].Losses[i - 1], 12);
        }
        // The defaults: 40 → 10 checkpoints evenly spaced up to 20,000 steps of 512 × 1,024 tokens; a2 at the end is c0 + c2·0.1.
        Assert.Equal(20_000, run.Losses[^1].Step);
        Assert.Equal(20_000 * 524_288.0, run.Losses[^1].Tokens);
        Assert.Equal(3.1 + 0.15 * 0.1, run.TrueParameters[^1].A2, 10);
    }

    [Theory]
    [InlineData(ScheduleShape.Constant, 10_000, 6e-4)]
    [InlineData(ScheduleShape.Cosine, 10_100, 3.3e-4)] // half-way through the decay: final + (peak − final)/2
    [InlineData(ScheduleShape.Wsd, 16_000, 6e-4)]
    [InlineData(ScheduleShape.Wsd, 18_000, 3.3e-4)]
    [InlineData(ScheduleShape.Cosine, 100, 3e-4)] // half-way through the 200-step warmup
    public void Schedules_follow_their_shape(ScheduleShape shape, double step, double expected)
    {
        var settings = new SyntheticRunSettings { Schedule = shape };

        Assert.Equal(expected, settings.LearningRates.Rate(step), 12);
    }

    [Fact]
    public void Bad_settings_are_refused()
    {
        Assert.Throws<ScalingLawsException>(() => PositionLossGenerator.Generate(new SyntheticRunSettings { Positions = 2 }));
        Assert.Throws<ScalingLawsException>(() => PositionLossGenerator.Generate(new SyntheticRunSettings { Checkpoints = 1 }));
        Assert.Throws<ScalingLawsException>(() => PositionLossGenerator.Generate(new SyntheticRunSettings { Noise = -0.1 }));
    }
}
