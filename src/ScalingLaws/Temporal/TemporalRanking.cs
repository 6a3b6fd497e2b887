using ScalingLaws.Curves;

namespace ScalingLaws.Temporal;

/// <summary>
/// Choosing among candidate runs early with the temporal law (a backtest on runs that went to the end): each run's
/// law is fitted to its checkpoints up to a share of its last logged step, as the loss-curve laws are cut, and forecasts
/// the sequence loss of its last checkpoint with the predictive 95% interval of <see cref="TemporalBacktest"/>; P(best)
/// is drawn as <see cref="CurveRanking"/> draws it. The law reads each checkpoint's tokens and learning rate, so it
/// forecasts only logged checkpoints. A run it cannot forecast keeps its place with the reason instead of a forecast.
/// </summary>
public static class TemporalRanking
{
    /// <summary>Ranks <paramref name="runs"/> by the temporal law fitted to the first <paramref name="fraction"/> of each; P(best) drawn with <paramref name="seed"/>.</summary>
    public static CurveRankingResult Rank(IReadOnlyList<PositionLosses> runs, double fraction, int seed, CancellationToken cancellation = default)
    {
        if (runs.Count < 2)
            throw new ScalingLawsException($"ranking needs at least two runs to choose among; {(runs.Count == 1 ? $"only run {runs[0].Run} was read" : "none was read")}.");
        if (!(fraction > 0 && fraction < 1))
            throw new ScalingLawsException($"{Setting.FitFraction} {QuantityFormat.Plain(fraction)}: give a fraction between 0 and 1 (exclusive), e.g. 0.3 to fit each run's first 30% of steps.");
        var ranked = runs.Select(r => Forecast(r, fraction, cancellation)).ToList();
        var best = CurveRanking.ProbabilityBest(ranked, seed);
        return new CurveRankingResult([.. ranked.Select((r, i) => r with { ProbabilityBest = best?[i] })], seed, CurveRanking.Draws);
    }

    private static RankedRun Forecast(PositionLosses run, double fraction, CancellationToken cancellation)
    {
        var (final, last) = (run[run.Count - 1], run.Count - 1);
        var fitted = run.Checkpoints.Count(c => c.Step <= fraction * final.Step);
        var cut = fitted > 0 ? run[fitted - 1] : null;
        // No fit reached: the status the engine gives when no start converges.
        var none = new RankedRun(run.Run, (int)(cut?.Step ?? 0), cut?.SequenceLoss ?? double.NaN, (int)final.Step, double.NaN, null, final.SequenceLoss, FitStatus.NoStartConverged);
        if (fitted < TemporalFitter.MinimumFitted)
            return none with { Problem = new ScalingLawsException($"{QuantityFormat.Counted(fitted, "checkpoint")} in its first {fraction * 100:0.#}% of steps; the temporal law needs {TemporalFitter.MinimumFitted} (log more checkpoints, or give a larger {Setting.FitFraction})") };
        try
        {
            // Half a checkpoint above fitted/n, so that the fitter's floor lands on `fitted` whatever the rounding.
            var forecast = new TemporalFitter((fitted + 0.5) / run.Count).Fit(run, cancellation);
            var intervals = TemporalBacktest.Measure(forecast, cancellation: cancellation);
            return new RankedRun(run.Run, (int)cut!.Step, cut.SequenceLoss, (int)final.Step, forecast.SequenceLoss(last), intervals[last], final.SequenceLoss, forecast.Status);
        }
        catch (ScalingLawsException e)
        {
            return none with { Problem = e };
        }
    }
}
