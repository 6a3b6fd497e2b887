using ScalingLaws.Curves;
using ScalingLaws.Fitting;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Curves;

/// <summary>P(best) by Monte Carlo against its closed form for two independent normals on ln L.</summary>
public sealed class CurveRankingTests
{
    // A run forecast at exp(mean) whose 95% interval is ±1.96 σ on ln L.
    private static RankedRun Run(double mean, double sigma) => new("run", 100, 3, 400, Math.Exp(mean),
        new PredictiveInterval(Math.Exp(mean - 1.96 * sigma), Math.Exp(mean + 1.96 * sigma), 1.96 * sigma, new ExtrapolationDistance([])), null, FitStatus.Converged);

    [Fact]
    public void Two_runs_match_the_normal_probability_that_one_is_lower()
    {
        // P(X1 < X2) for X1 ~ N(1.00, 0.03²), X2 ~ N(1.02, 0.04²): Φ(0.02 / 0.05) = Φ(0.4) = 0.655422.
        var best = CurveRanking.ProbabilityBest([Run(1.00, 0.03), Run(1.02, 0.04)], seed: 42)!;

        Assert.Equal(0.655422, best[0], 0.015); // 10,000 draws: the standard error is 0.0048
        Assert.Equal(1.0, best[0] + best[1], 12);
        Assert.Equal(best, CurveRanking.ProbabilityBest([Run(1.00, 0.03), Run(1.02, 0.04)], seed: 42));
    }

    [Fact]
    public void A_run_without_an_interval_leaves_the_chances_unweighed()
    {
        var exact = Run(1.0, 0.03) with { Interval = null };

        Assert.Null(CurveRanking.ProbabilityBest([exact, Run(1.5, 0.03)], seed: 1));
    }
}
