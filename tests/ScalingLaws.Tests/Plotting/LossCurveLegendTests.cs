using ScalingLaws.Curves;
using ScalingLaws.Plotting;
using ScottPlot;

namespace ScalingLaws.Tests.Plotting;

/// <summary>
/// The loss-curve figure with as many runs as the Multi-Power Law datasets (nine): the legend, taller than most of the
/// loss panel, must neither cover a curve nor leave the frame, and the two panels must keep one step axis.
/// </summary>
public sealed class LossCurveLegendTests
{
    // Nine runs to steps 24,000–72,000 whose losses fill the panel's height, as the multipower runs do.
    private static IReadOnlyList<LossCurvePlotRun> NineRuns() =>
        [.. Enumerable.Range(0, 9).Select(i =>
        {
            var last = i < 2 ? 72_000 : 24_000;
            var schedule = LearningRateSchedule.FromFunction(last, k => 3e-4, "constant");
            var steps = Enumerable.Range(1, 100).Select(k => 2_000 + k * (last - 2_000) / 100).ToArray();
            var loss = steps.Select(s => 2.5 + 30 * Math.Pow(s, -0.45) - 0.01 * i).ToArray();
            return new LossCurvePlotRun($"schedule_{i}_with_a_long_name", steps, loss, loss, null, i < 3, schedule);
        })];

    [Fact]
    public void Legend_stays_inside_a_widened_step_axis_that_both_panels_share()
    {
        var figure = ScalingPlots.LossCurves("multipower", NineRuns());
        var (loss, schedule) = (figure.GetPlot(0), figure.GetPlot(1));
        figure.Render(800, 600); // lays the panels out and applies the shared axis

        var shown = loss.Axes.GetLimits();
        Assert.True(loss.Legend.IsVisible, "the legend was moved outside the frame");
        Assert.Contains(loss.Legend.Alignment, new[] { Alignment.UpperRight, Alignment.LowerRight }); // the room made is on the right
        Assert.True(shown.Left >= -1e-3 * shown.Right, $"the step axis starts at {shown.Left} (limits {shown})"); // not widened leftwards, below step 0
        Assert.True(shown.Right > 1.5 * 72_000, $"the step axis ends at {shown.Right}, leaving no room right of the runs for the legend");
        Assert.Equal(shown.Left, schedule.Axes.GetLimits().Left, 6);
        Assert.Equal(shown.Right, schedule.Axes.GetLimits().Right, 6);
    }
}
