using ScalingLaws.Planning.Hyperparameters;

namespace ScalingLaws.Tests.Planning;

/// <summary>
/// The bootstrap intervals of a fitted sweep at a target: on repeated synthetic sweeps with a known truth (Step Law's
/// optimum under a noisy bowl, seeded) the 95% intervals on lr* and batch* at an extrapolated 7B/1.4T target cover the
/// truth about 95% of the time; they are seeded, and they vanish with the noise.
/// </summary>
public sealed class HyperparameterBootstrapTests(ITestOutputHelper output)
{
    private const double TargetParams = 7e9, TargetTokens = 1.4e12;

    [Fact]
    public void Ninety_five_percent_intervals_cover_the_true_optimum_about_95_percent_of_the_time()
    {
        const int simulations = 300;
        var truth = StepLaw.Instance.At(TargetParams, TargetTokens, double.NaN);
        var (coveredLr, coveredBatch) = (0, 0);
        for (var s = 0; s < simulations; s++)
        {
            var bootstrap = HyperparameterSweepFit.Of(HyperparameterSweepFitTests.Sweep(0.002, 1000 + s), resamples: 300, seed: s).Bootstrap!;
            var (lr, batch) = (bootstrap.LearningRateAt(TargetParams, TargetTokens)!, bootstrap.BatchAt(TargetTokens)!);
            coveredLr += lr[0] <= truth.LearningRate && truth.LearningRate <= lr[1] ? 1 : 0;
            coveredBatch += batch[0] <= truth.BatchTokens && truth.BatchTokens <= batch[1] ? 1 : 0;
        }
        output.WriteLine($"coverage over {simulations} sweeps: lr* {(double)coveredLr / simulations:F3}, batch* {(double)coveredBatch / simulations:F3}");
        // 300 simulations: a true 95% coverage lands in [0.92, 0.98] with about 98% probability (binomial SE 1.3%).
        Assert.InRange((double)coveredLr / simulations, 0.92, 0.98);
        Assert.InRange((double)coveredBatch / simulations, 0.92, 0.98);
    }

    [Fact]
    public void The_same_seed_gives_the_same_interval_and_an_exact_bowl_a_point()
    {
        var runs = HyperparameterSweepFitTests.Sweep(0.002, 5);
        var first = HyperparameterSweepFit.Of(runs, 200, seed: 3).Bootstrap!.LearningRateAt(TargetParams, TargetTokens)!;
        var again = HyperparameterSweepFit.Of(runs, 200, seed: 3).Bootstrap!.LearningRateAt(TargetParams, TargetTokens)!;
        Assert.Equal(first, again);
        Assert.True(first[1] / first[0] > 1.01, $"[{first[0]}, {first[1]}]");

        var exact = HyperparameterSweepFit.Of(HyperparameterSweepFitTests.Sweep(0, 1), 50, seed: 3).Bootstrap!.BatchAt(TargetTokens)!;
        var truth = StepLaw.Instance.At(TargetParams, TargetTokens, double.NaN).BatchTokens;
        Assert.Equal(truth, exact[0], truth * 1e-6);
        Assert.Equal(truth, exact[1], truth * 1e-6);
    }
}
