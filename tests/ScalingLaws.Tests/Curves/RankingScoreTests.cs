using ScalingLaws.Curves;

namespace ScalingLaws.Tests.Curves;

/// <summary>The ranking backtest's score: Spearman's ρ with average ranks for ties, and the baselines' best run.</summary>
public sealed class RankingScoreTests
{
    [Fact]
    public void Spearman_is_one_for_the_same_order_minus_one_reversed_and_uses_average_ranks_for_ties()
    {
        Assert.Equal(1.0, RankingScore.SpearmanRho([1, 2, 3, 4], [10, 20, 30, 40])!.Value, 12);
        Assert.Equal(-1.0, RankingScore.SpearmanRho([1, 2, 3, 4], [4, 3, 2, 1])!.Value, 12);
        Assert.Equal(0.5, RankingScore.SpearmanRho([1, 2, 3], [1, 3, 2])!.Value, 12);
        // Ranks (1.5, 1.5, 3) against (1, 2, 3): Pearson's r of the ranks is √3/2.
        Assert.Equal(Math.Sqrt(3) / 2, RankingScore.SpearmanRho([5, 5, 7], [1, 2, 3])!.Value, 12);
        Assert.Null(RankingScore.SpearmanRho([2, 2, 2], [1, 2, 3]));
    }

    [Fact]
    public void Score_names_the_lowest_forecast_the_lowest_outcome_and_no_baseline_best_on_a_tie()
    {
        var score = RankingScore.Of(forecast: [3.1, 3.0, 3.2], atCut: [3.5, 3.5, 3.6], observed: [3.05, 3.02, 3.3]);

        Assert.Equal(1, score.PredictedBest);
        Assert.Equal(1, score.ActualBest);
        Assert.True(score.Top1);
        Assert.Null(score.BaselineBest);
        Assert.False(score.BaselineTop1);
        Assert.Equal(1.0, score.Spearman!.Value, 12);
    }
}
