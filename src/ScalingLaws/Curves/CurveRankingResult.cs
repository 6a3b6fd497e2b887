namespace ScalingLaws.Curves;

/// <summary>The candidates' forecasts, in the order given, with the Monte Carlo's seed and draws.</summary>
public sealed record CurveRankingResult(ImmutableArray<RankedRun> Runs, int Seed, int Draws)
{
    /// <summary>How the forecast ranked the runs against how they ended; null unless every run was forecast and its final loss observed.</summary>
    public RankingScore? Score => Runs.All(r => r.Observed is not null && r.Problem is null)
        ? RankingScore.Of([.. Runs.Select(r => r.Forecast)], [.. Runs.Select(r => r.LossAtCut)], [.. Runs.Select(r => r.Observed!.Value)])
        : null;
}
