using ScalingLaws.Planning.Hyperparameters;

namespace ScalingLaws.Tests.Planning;

/// <summary>
/// Fitting Step Law's forms to a sweep: on a synthetic sweep whose loss is an exact bowl around Step Law's optimum the
/// fit recovers its constants; with noise (seeded) they land within their intervals; and cells that cannot be fitted say why.
/// </summary>
public sealed class HyperparameterSweepFitTests
{
    private static readonly double[] Sizes = [1e8, 3e8, 1e9];
    private static readonly double[] TokenCounts = [2e9, 2e10, 2e11];

    // A bowl in (ln lr, ln batch) with its minimum at Step Law's optimum and a tilted cross term.
    internal static IReadOnlyList<SweepRun> Sweep(double noise, int seed)
    {
        var random = new Random(seed);
        var runs = new List<SweepRun>();
        foreach (var n in Sizes)
        {
            foreach (var d in TokenCounts)
            {
                var best = StepLaw.Instance.At(n, d, double.NaN);
                foreach (var lr in new[] { 0.25, 0.5, 1, 2, 4 }.Select(f => f * best.LearningRate))
                {
                    foreach (var batch in new[] { 0.25, 0.5, 1, 2, 4 }.Select(f => f * best.BatchTokens))
                    {
                        var (x, y) = (Math.Log(lr / best.LearningRate), Math.Log(batch / best.BatchTokens));
                        var loss = 3.0 + 0.02 * x * x + 0.01 * x * y + 0.015 * y * y;
                        runs.Add(new SweepRun(n, d, lr, batch, loss * (1 + noise * (2 * random.NextDouble() - 1))));
                    }
                }
            }
        }
        return runs;
    }

    [Fact]
    public void An_exact_bowl_gives_back_step_laws_constants()
    {
        var fit = HyperparameterSweepFit.Of(Sweep(0, 1));

        Assert.Equal(9, fit.Optima.Count);
        Assert.Equal(StepLaw.LearningRateScale, fit.LearningRate.Scale, 1e-6);
        Assert.Equal(StepLaw.LearningRateParamsExponent, fit.LearningRate.Exponents[0], 1e-9);
        Assert.Equal(StepLaw.LearningRateTokensExponent, fit.LearningRate.Exponents[1], 1e-9);
        Assert.Equal(StepLaw.BatchScale, fit.Batch.Scale, 1e-6);
        Assert.Equal(StepLaw.BatchTokensExponent, fit.Batch.Exponents[0], 1e-9);
    }

    [Fact]
    public void With_noise_the_exponents_fall_within_their_intervals()
    {
        var fit = HyperparameterSweepFit.Of(Sweep(0.0005, 7));

        Assert.InRange(StepLaw.LearningRateParamsExponent, fit.LearningRate.Exponents[0] - 3 * fit.LearningRate.ExponentErrors[0], fit.LearningRate.Exponents[0] + 3 * fit.LearningRate.ExponentErrors[0]);
        Assert.InRange(StepLaw.BatchTokensExponent, fit.Batch.Exponents[0] - 3 * fit.Batch.ExponentErrors[0], fit.Batch.Exponents[0] + 3 * fit.Batch.ExponentErrors[0]);
        Assert.True(fit.LearningRate.ExponentErrors[0] > 0 && fit.LearningRate.ExponentErrors[0] < 0.1, $"SE {fit.LearningRate.ExponentErrors[0]}");
    }

    [Fact]
    public void A_cell_without_a_minimum_or_with_too_few_runs_is_refused()
    {
        var saddle = Sweep(0, 1).Select(r => r with { Loss = 3 + 0.01 * Math.Log(r.LearningRate) }).ToList();
        var error = Assert.Throws<ScalingLawsException>(() => HyperparameterSweepFit.Of(saddle));
        Assert.Contains("has no minimum", error.Message);

        var few = Sweep(0, 1).Take(4).ToList();
        Assert.Contains("needs at least 3 learning rates and 3 batch sizes", Assert.Throws<ScalingLawsException>(() => HyperparameterSweepFit.Of(few)).Message);
    }
}
