using ScalingLaws.Temporal;

namespace ScalingLaws.Tests.Temporal;

/// <summary>The relative loss reduction per position and its spread, on runs whose answer is known.</summary>
public sealed class UniformLearningTests
{
    private static PositionCheckpoint Checkpoint(double step, Func<int, double> loss) =>
        new(step, step * 1000, null, [.. Enumerable.Range(1, 20).Select(loss)]);

    [Fact]
    public void A_run_that_scales_every_position_alike_learns_uniformly()
    {
        var run = new PositionLosses("r", "test", Enumerable.Range(1, 5).Select(k => Checkpoint(k, i => (3 + 4.0 / i) * Math.Pow(0.9, k))));

        var learning = UniformLearning.Of(run);

        var overall = learning.Overall!;
        Assert.All(overall.Reductions, r => Assert.Equal(1 - Math.Pow(0.9, 4), r, 12));
        Assert.Equal(0, overall.CoefficientOfVariation, 10);
        Assert.Equal(4, learning.Quarters.Length);
        Assert.All(learning.Quarters, q => Assert.Equal(0.1, q.Mean, 12));
    }

    [Fact]
    public void Reductions_and_their_spread_are_exact()
    {
        // Position i falls from 10 to 10 − i/4: r_i = i/40, mean 0.2625, sample SD of (1..20)/40 = √35/40.
        var run = new PositionLosses("r", "test", [Checkpoint(1, _ => 10), Checkpoint(2, i => 10 - i / 4.0)]);

        var overall = UniformLearning.Of(run).Overall!;

        Assert.Equal(0.025, overall.Reductions[0], 12);
        Assert.Equal(0.5, overall.Reductions[19], 12);
        Assert.Equal(0.2625, overall.Mean, 12);
        Assert.Equal(Math.Sqrt(35.0) / 40, overall.StandardDeviation, 10);
        Assert.Equal(Math.Sqrt(35.0) / 40 / 0.2625, overall.CoefficientOfVariation, 10);
        Assert.Equal(0.0375, overall.EarlyMean, 12); // positions 1–2
        Assert.Equal(0.4875, overall.LateMean, 12);  // positions 19–20
    }

    [Fact]
    public void One_checkpoint_has_nothing_to_compare()
    {
        var learning = UniformLearning.Of(new PositionLosses("r", "test", [Checkpoint(1, _ => 3)]));

        Assert.Null(learning.Overall);
        Assert.Empty(learning.Quarters);
    }
}
