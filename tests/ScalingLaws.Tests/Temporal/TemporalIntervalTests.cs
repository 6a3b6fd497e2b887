using ScalingLaws.Prediction;
using ScalingLaws.Temporal;
using ScalingLaws.Temporal.Synthetic;

namespace ScalingLaws.Tests.Temporal;

/// <summary>The temporal forecast's predictive intervals: backtested on the fitted checkpoints only, widening with the steps beyond them.</summary>
public sealed class TemporalIntervalTests
{
    private static PositionLosses Run(int seed = 3) =>
        PositionLossGenerator.Generate(new SyntheticRunSettings { Seed = seed, Positions = 256, Checkpoints = 24 }).Losses;

    [Fact]
    public void Each_predicted_checkpoint_gets_an_interval_at_its_distance_in_steps()
    {
        var run = Run();
        var forecast = new TemporalFitter(0.5).Fit(run);

        var intervals = TemporalBacktest.Measure(forecast);

        Assert.Equal(ErrorModelSource.Backtest, intervals.Predictive.Errors.Source);
        Assert.Equal(4, intervals.Predictive.Errors.CutPoints); // 6, 7, 8 and 10 of the 12 fitted checkpoints
        Assert.Equal(forecast.Predicted, intervals.Intervals.Length);
        var last = run[forecast.Fitted - 1].Step;
        for (var k = forecast.Fitted; k < run.Count; k++)
        {
            Assert.InRange(forecast.SequenceLoss(k), intervals[k].Lower, intervals[k].Upper);
            Assert.Equal(run[k].Step / last, intervals[k].Distance.Combined, 9);
        }
        Assert.True(intervals[run.Count - 1].LogHalfWidth >= intervals[forecast.Fitted].LogHalfWidth, "the interval widens with the distance");
        Assert.InRange(intervals.Coverage.Coverage, 0.9, 1.0); // 0.5 % noise per position, a law the generator follows
    }

    [Fact]
    public void The_predicted_checkpoints_never_reach_their_own_intervals()
    {
        var run = Run();
        var raised = new PositionLosses(run.Run, run.Source, run.Checkpoints.Select((c, k) => k < 12 ? c : c with { Losses = [.. c.Losses.Select(l => 1.2 * l)] }));

        var a = TemporalBacktest.Measure(new TemporalFitter(0.5).Fit(run));
        var b = TemporalBacktest.Measure(new TemporalFitter(0.5).Fit(raised));

        Assert.Equal(a.Predictive.Errors, b.Predictive.Errors);
        Assert.Equal(a.Intervals.Select(i => i.Upper), b.Intervals.Select(i => i.Upper));
        Assert.Equal(0.0, b.Coverage.Coverage); // 20 % above every prediction: outside every interval
    }
}
