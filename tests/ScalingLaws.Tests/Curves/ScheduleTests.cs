using ScalingLaws.Curves;
using ScalingLaws.IO.Datasets;

namespace ScalingLaws.Tests.Curves;

public sealed class ScheduleTests
{
    [Fact]
    public void Logged_rates_are_interpolated_per_step_after_a_linear_warm_up()
    {
        var schedule = LearningRateSchedule.FromPoints([100, 200, 300], [1e-3, 5e-4, 5e-4], "test");

        Assert.Equal(300, schedule.LastStep);
        Assert.Equal(0, schedule.Rate(0));
        Assert.Equal(5e-4, schedule.Rate(50), 15);
        Assert.Equal(7.5e-4, schedule.Rate(150), 15);
        Assert.Equal(5e-4, schedule.Rate(250), 15);
        Assert.Equal(schedule.Rates.ToArray().Sum(), schedule.Area(300), 15);
    }

    [Fact]
    public void Annealing_area_follows_the_momentum_recursion_from_the_peak()
    {
        // Warm-up to the peak at step 2, then one drop of 1e-4 at step 4: m_4 = 1e-4, m_5 = λ·1e-4, S2(5) = (1 + λ)·1e-4.
        var schedule = LearningRateSchedule.FromPoints([2, 3, 4, 5], [3e-4, 3e-4, 2e-4, 2e-4], "test");

        var s2 = schedule.AnnealingAreas(AnnealingLaw.Momentum);

        Assert.Equal(0, s2[3]);
        Assert.Equal(1e-4, s2[4], 15);
        Assert.Equal((1 + AnnealingLaw.Momentum) * 1e-4, s2[5], 15);
    }

    [Fact]
    public void Pythia_schedule_follows_gpt_neox()
    {
        var schedule = CurveDatasetCatalog.Load("pythia-curves", TestData.SharedData).Single(c => c.Name == "pythia-160m").Schedule!;

        Assert.Equal(6e-4 * 715 / 1430, schedule.Rate(715), 15);
        Assert.Equal(6e-4, schedule.Rate(1430), 15);
        Assert.Equal(6e-5, schedule.Rate(143_000), 15);
        Assert.Equal(0.55 * 6e-4, schedule.Rate((1430 + 143_000) / 2), 9);
    }

    [Fact]
    public void Fraction_outside_the_open_unit_interval_is_refused()
    {
        foreach (var p in new[] { 0.0, 1.0, -0.2, 1.5, double.NaN })
            Assert.Contains("must be above 0 and below 1", Assert.Throws<ScalingLawsException>(() => new FractionProtocol(p)).Message);
    }

    [Fact]
    public void A_subnormal_learning_rate_is_refused()
    {
        // 1e-320 is below the smallest normal double: 1/η_max, which the schedule-aware laws' starts scale with, overflows.
        var error = Assert.Throws<ScalingLawsException>(() => LearningRateSchedule.FromPoints([100, 200], [1e-320, 1e-320], "test"));

        Assert.Contains("the learning rate at step 100 is", error.Message);
        Assert.Contains("it must be 0 or a finite number of at least 2.2e-308", error.Message);
        Assert.Equal(2.2250738585072014e-308, LearningRateSchedule.FromPoints([100, 200], [2.2250738585072014e-308, 0], "test").Rate(100));
    }
}
