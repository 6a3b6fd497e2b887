using ScalingLaws.Curves;

namespace ScalingLaws.Tests.Curves;

/// <summary>The core's learning-rate rule: warm-up, then constant, cosine or WSD, tabulated with its areas, and as the trainer reads it.</summary>
public sealed class WarmupScheduleTests
{
    [Theory]
    [InlineData(ScheduleShape.Constant, 50, 5e-4)]       // half-way up the 100-step warm-up
    [InlineData(ScheduleShape.Constant, 500, 1e-3)]
    [InlineData(ScheduleShape.Cosine, 550, 5.5e-4)]      // half-way down from 1e-3 to 1e-4 over steps 100..1000
    [InlineData(ScheduleShape.Cosine, 1000, 1e-4)]
    [InlineData(ScheduleShape.Wsd, 799, 2e-3)]           // stable until the decay starts at 800
    [InlineData(ScheduleShape.Wsd, 900, 1.1e-3)]         // half-way down from 2e-3 to 2e-4 over 200 steps
    public void Follows_its_shape(ScheduleShape shape, double step, double expected)
    {
        var peak = shape == ScheduleShape.Wsd ? 2e-3 : 1e-3;
        var rule = new WarmupSchedule(shape, peak, FinalFraction: 0.1, WarmupSteps: 100, TotalSteps: 1000, DecayStart: 800, DecaySteps: 200);
        Assert.Equal(expected, rule.Rate(step), 1e-15);
    }

    [Fact]
    public void Tabulated_per_step_with_running_areas()
    {
        var rule = new WarmupSchedule(ScheduleShape.Cosine, 3e-4, 0.1, 10, 200);
        var schedule = rule.PerStep(200, "cosine");

        Assert.Equal(200, schedule.LastStep);
        Assert.Equal(10, schedule.PeakStep);
        var sum = 0.0;
        for (var k = 0; k <= 200; k++)
        {
            Assert.Equal(rule.Rate(k), schedule.Rate(k));
            sum += rule.Rate(k);
            Assert.Equal(sum, schedule.Area(k));
        }
    }

    [Fact]
    public void The_trainer_reads_it_by_update()
    {
        var cosine = WarmupSchedule.ForTraining(ScheduleShape.Cosine, 1e-3, totalSteps: 1000, warmupSteps: 50);
        Assert.Equal(1e-3 / 50, cosine.RateOfUpdate(0), 12);
        Assert.Equal(1e-3, cosine.RateOfUpdate(50), 12);
        Assert.Equal(1e-4, cosine.RateOfUpdate(999), 12); // a tenth of the peak at the last update
        var wsd = WarmupSchedule.ForTraining(ScheduleShape.Wsd, 1e-3, totalSteps: 1000, warmupSteps: 50);
        Assert.Equal(800, wsd.DecayStart);
        Assert.Equal(1e-3, wsd.RateOfUpdate(799), 12);
        Assert.Equal(1e-3 / 200, wsd.RateOfUpdate(999), 12); // linear to zero over the last fifth
        Assert.Equal(1e-3, WarmupSchedule.ForTraining(ScheduleShape.Constant, 1e-3, 1000, 50).RateOfUpdate(999), 12);
    }
}
