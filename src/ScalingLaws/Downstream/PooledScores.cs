namespace ScalingLaws.Downstream;

/// <summary>Each method's error and coverage over the held-out scores of every predictable task together.</summary>
public static class PooledScores
{
    /// <summary>Each method's score pooled over the targets of every result.</summary>
    public static IReadOnlyList<MethodScore> Of(IEnumerable<DownstreamBacktestResult> results)
    {
        var predictable = results.Where(r => r.Predictable && r.HeldOut.Count > 0).ToList();
        return [.. predictable.SelectMany(r => r.Scores).GroupBy(s => s.Method).Select(g => new MethodScore(
            g.Key,
            g.Sum(s => s.MaePoints * s.Count) / g.Sum(s => s.Count),
            g.All(s => s.Coverage is not null) ? g.Sum(s => s.Coverage!.Value * s.Count) / g.Sum(s => s.Count) : null,
            g.Sum(s => s.Count)))];
    }
}
