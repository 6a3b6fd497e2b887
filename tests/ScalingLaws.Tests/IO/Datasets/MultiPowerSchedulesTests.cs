using ScalingLaws.Curves;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.IO.Datasets;

/// <summary>
/// The Multi-Power runs' schedules, rebuilt as the repository does, against the core's one rule
/// (<see cref="WarmupSchedule"/>) where it has the shape: a numpy.linspace warm-up that peaks one step before the
/// decay starts, then the same rates to rounding.
/// </summary>
public sealed class MultiPowerSchedulesTests
{
    private const int Warmup = MultiPowerSchedules.Warmup;
    private const double Peak = MultiPowerSchedules.Peak;
    private const double FinalFraction = MultiPowerSchedules.End / Peak;

    [Theory]
    [InlineData("cosine_24000")]
    [InlineData("constant_72000")]
    [InlineData("wsdcon_9")]
    public void The_warmup_is_numpy_linspace_reaching_the_peak_a_step_before_the_decay(string name)
    {
        var schedule = MultiPowerSchedules.For(name);

        for (var k = 0; k < Warmup; k++)
            Assert.Equal(Peak * k / (Warmup - 1), schedule.Rate(k));
        Assert.Equal(Peak, schedule.Rate(Warmup - 1));
        Assert.Equal(Peak, schedule.Rate(Warmup));
    }

    [Theory]
    [InlineData("cosine_24000", 24_000, 1.2e-15)]
    [InlineData("cosine_72000", 72_000, 1.2e-15)]
    [InlineData("constant_24000", 24_000, 0)]
    public void After_the_warmup_cosine_and_constant_are_the_cores_rule_to_rounding(string name, int total, double tolerance)
    {
        var shape = name.StartsWith("cosine", StringComparison.Ordinal) ? ScheduleShape.Cosine : ScheduleShape.Constant;
        var core = new WarmupSchedule(shape, Peak, FinalFraction, Warmup, total);

        AssertAgree(MultiPowerSchedules.For(name), core, tolerance);
    }

    [Fact]
    public void The_linear_decay_is_the_cores_wsd_to_rounding()
    {
        var core = new WarmupSchedule(ScheduleShape.Wsd, Peak, FinalFraction, Warmup, 24_000, DecayStart: 20_000, DecaySteps: 4_000);

        AssertAgree(MultiPowerSchedules.For("wsdld_20000_24000"), core, 2.5e-15);
    }

    private static void AssertAgree(LearningRateSchedule published, WarmupSchedule core, double tolerance)
    {
        Assert.Equal((int)core.TotalSteps - 1, published.LastStep);
        for (var k = Warmup; k <= published.LastStep; k++)
            Assert.True(Math.Abs(published.Rate(k) - core.Rate(k)) <= tolerance * published.Rate(k),
                $"step {k}: published {published.Rate(k):R}, core {core.Rate(k):R}");
    }
}
