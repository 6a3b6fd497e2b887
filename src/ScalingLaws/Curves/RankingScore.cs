using ScalingLaws.Uncertainty;

namespace ScalingLaws.Curves;

/// <summary>
/// A ranking backtest: whether the forecast's lowest run ended lowest (top-1) and Spearman's ρ between the forecast and
/// the observed final losses, against the baseline of ranking by the loss at the cut.
/// </summary>
/// <param name="PredictedBest">Index of the run forecast lowest.</param>
/// <param name="ActualBest">Index of the run that ended lowest.</param>
/// <param name="BaselineBest">Index of the run lowest at the cut; null when several tie there (runs identical up to the cut).</param>
/// <param name="Spearman">Null, as is <paramref name="BaselineSpearman"/>, when one side ranks every run equal.</param>
public sealed record RankingScore(int PredictedBest, int ActualBest, int? BaselineBest, double? Spearman, double? BaselineSpearman)
{
    /// <summary>Whether the forecast picked the run that ended lowest.</summary>
    public bool Top1 => PredictedBest == ActualBest;

    /// <summary>Whether the lowest run at the cut is the one that ended lowest.</summary>
    public bool BaselineTop1 => BaselineBest == ActualBest;

    /// <summary>The score of a forecast: <paramref name="forecast"/> final losses, <paramref name="atCut"/> losses at the cut, <paramref name="observed"/> final losses, one per run.</summary>
    public static RankingScore Of(double[] forecast, double[] atCut, double[] observed) => new(
        Lowest(forecast), Lowest(observed), atCut.Count(v => v == atCut.Min()) == 1 ? Lowest(atCut) : null, SpearmanRho(forecast, observed), SpearmanRho(atCut, observed));

    private static int Lowest(double[] values) => Array.IndexOf(values, values.Min());

    /// <summary>Pearson's correlation of the ranks, ties given their average rank; null when either side has a single rank.</summary>
    public static double? SpearmanRho(double[] x, double[] y)
    {
        var rho = PearsonCorrelation.Of(Ranks(x), Ranks(y));
        return double.IsNaN(rho) ? null : rho;
    }

    private static double[] Ranks(double[] values) =>
        [.. values.Select(v => values.Count(u => u < v) + (values.Count(u => u == v) + 1) / 2.0)];
}
