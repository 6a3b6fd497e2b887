using ScalingLaws.Curves;

namespace ScalingLaws.Tests.Curves;

/// <summary>A run left without its first points (<c>--from-step</c>) keeps its kind of loss and says what it left out.</summary>
public sealed class LossCurveTests
{
    private static readonly LossCurve Run = new("run", [1, 2, 4, 1000, 3000], [15.1, 15.1, 14.0, 5.2, 4.1]) { TrainingLoss = false };

    [Fact]
    public void From_step_leaves_out_the_earlier_points_with_a_note()
    {
        var kept = Run.FromStep(1430);

        Assert.Equal([3000], kept.Steps.ToArray());
        Assert.Equal([4.1], kept.Loss.ToArray());
        Assert.False(kept.TrainingLoss);
        Assert.Equal(["left out the 4 points of run 'run' before step 1430"], kept.Notes.ToArray());
        Assert.Same(Run, Run.FromStep(1));
    }

    [Fact]
    public void From_step_after_the_last_point_is_refused()
    {
        var error = Assert.Throws<ScalingLawsException>(() => Run.FromStep(5000));

        Assert.Contains("run 'run': no point at or after step 5000 (the last is step 3000)", error.Message);
    }
}
