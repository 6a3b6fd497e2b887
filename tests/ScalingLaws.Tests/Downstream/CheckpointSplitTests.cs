using ScalingLaws.Downstream;
using ScalingLaws.Laws;

namespace ScalingLaws.Tests.Downstream;

/// <summary>The temporal backtest: fit every run's checkpoints up to a fraction of its tokens, predict its final score.</summary>
public sealed class CheckpointSplitTests
{
    private static readonly CheckpointSplit Split = new(0.5, 1e10);

    [Fact]
    public void Each_run_is_fitted_up_to_half_its_tokens_and_its_final_checkpoint_is_held_out()
    {
        var task = SyntheticTasks.Draw(ExponentialErrorLaw.Instance, [0.8, 6, 1.2], 0.25, 2000, seed: 1);

        Assert.All(Split.Fitted(task).Rows, r => Assert.InRange(r.Tokens, 2e10, 1.5e11));
        Assert.Equal(32, Split.Fitted(task).Count); // 8 runs × the checkpoints at 20B, 50B, 100B and 150B of 300B
        var targets = Split.Targets(task);
        Assert.Equal(8, targets.Count);
        Assert.All(targets, t => Assert.Equal(3e11, t.Tokens));
        var baseline = Split.Baseline(task, targets[0]);
        Assert.Equal(task.Rows.Single(r => r.Params == targets[0].Params && r.Tokens == 1.5e11).Score, baseline);
    }

    [Fact]
    public void On_a_known_law_with_binomial_noise_the_intervals_cover_near_95_percent()
    {
        var truth = new[] { 0.8, 6, 1.2 };
        var heldOut = Enumerable.Range(1, 10).SelectMany(seed =>
        {
            var task = SyntheticTasks.Draw(ExponentialErrorLaw.Instance, truth, 0.25, 2000, seed);
            var lossLaw = LossLaw.Fit(ChinchillaLaw.Instance, Split.Fitted(task));
            return DownstreamBacktest.Run(task, Split, lossLaw).HeldOut;
        }).ToList();

        Assert.Equal(80, heldOut.Count);
        var covered = heldOut.Count(h => h.Exponential!.Lower <= h.Target.Score && h.Target.Score <= h.Exponential.Upper);
        Assert.InRange(covered / 80.0, 0.88, 0.99); // 77 of 80 measured
        var error = heldOut.Average(h => Math.Abs(h.Exponential!.Accuracy - h.Target.Score));
        Assert.InRange(error, 0.007, 0.011); // 0.88 points measured, against the baseline's 2.67
        Assert.True(error < heldOut.Average(h => Math.Abs(h.Baseline - h.Target.Score)), $"chain error {error:G3} is not below the baseline's");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    public void A_fraction_outside_zero_to_one_is_rejected(double fraction)
    {
        var error = Assert.Throws<ScalingLawsException>(() => new CheckpointSplit(fraction, 1e10));
        Assert.Contains("must be above 0 and below 1", error.Message);
    }

    [Fact]
    public void Both_protocols_or_neither_and_a_bad_fraction_are_one_line_each()
    {
        string[] command = ["downstream", "backtest", "--dataset", "pythia-tasks", "--task", "piqa"];
        ScalingProcess.Run([.. command, "--fit-up-to", "1.5B", "--fit-fraction", "0.5"]).AssertInputError("give --fit-up-to or --fit-fraction, not both");
        ScalingProcess.Run(command).AssertInputError("nothing held out: give --fit-up-to N", "--fit-fraction P");
        ScalingProcess.Run([.. command, "--fit-fraction", "1.2"]).AssertInputError("--fit-fraction 1.2: the fitted share of a run must be above 0 and below 1");
        ScalingProcess.Run([.. command, "--fit-fraction", "0.01"]).AssertInputError("--fit-fraction 0.01: no run has a checkpoint past --min-tokens within that fraction");
    }
}
