using ScalingLaws.Analysis;

namespace ScalingLaws.Report;

/// <summary>
/// The compute budgets a report plans for, in decades of FLOPs: from the smallest run's decade to
/// at least 10²⁵ and four decades past the largest run, where planning questions usually are.
/// </summary>
internal sealed record BudgetRange(int FirstDecade, int LastDecade, double LargestRun)
{
    private const int DecadesBeyondData = 4;
    private const int LastDecadeAtLeast = 25;

    public static BudgetRange Of(ReportData data)
    {
        var flops = data.Table.Rows.Select(r => r.Flops).Where(c => c > 0 && double.IsFinite(c)).ToArray();
        if (flops.Length == 0)
            return new BudgetRange(18, LastDecadeAtLeast, double.NaN);
        var first = (int)Math.Floor(Math.Log10(flops.Min()));
        var last = Math.Max(LastDecadeAtLeast, (int)Math.Ceiling(Math.Log10(flops.Max())) + DecadesBeyondData);
        return new BudgetRange(first, last, flops.Max());
    }

    /// <summary>One budget per decade: 1e18, 1e19, …</summary>
    public double[] Decades() => [.. Enumerable.Range(FirstDecade, LastDecade - FirstDecade + 1).Select(e => Math.Pow(10, e))];

    /// <summary>Where the planner's slider starts: two decades past the largest run, a typical next step.</summary>
    public double StartDecade => double.IsFinite(LargestRun) ? Math.Min(LastDecade, Math.Ceiling(Math.Log10(LargestRun)) + 2) : LastDecade - 2;
}
