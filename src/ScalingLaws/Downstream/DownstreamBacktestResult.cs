namespace ScalingLaws.Downstream;

/// <summary>
/// One task's backtest: whether the fitted rows declare it predictable (the sigmoid fit's verdict; the direct fit's
/// when the table has no loss), each held-out score, and each method's error and coverage; the baseline is scored under
/// <paramref name="BaselineName"/>.
/// </summary>
public sealed record DownstreamBacktestResult(string Task, string Metric, TaskVerdict? Verdict, int FittedRows, IReadOnlyList<HeldOutScore> HeldOut, string BaselineName)
{
    /// <summary>Whether the task is predictable from the fitted rows.</summary>
    public bool Predictable => Verdict is null;

    /// <summary>The score of every method on the targets, the law's first.</summary>
    public IReadOnlyList<MethodScore> Scores
    {
        get
        {
            var scores = new List<MethodScore>();
            foreach (var (name, pick) in new (string, Func<HeldOutScore, AccuracyPrediction?>)[] { ("two-step sigmoid", h => h.Sigmoid), ("two-step exponential", h => h.Exponential), ("direct", h => h.Direct) })
            {
                var pairs = HeldOut.Where(h => pick(h) is not null).Select(h => (h.Target.Score, pick(h)!)).ToList();
                if (pairs.Count > 0)
                    scores.Add(MethodScore.Of(name, pairs));
            }
            if (HeldOut.Count > 0)
                scores.Add(new MethodScore(BaselineName, 100 * HeldOut.Average(h => Math.Abs(h.Baseline - h.Target.Score)), null, HeldOut.Count));
            return scores;
        }
    }
}
