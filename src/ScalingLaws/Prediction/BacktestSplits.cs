using ScalingLaws.Data;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>
/// Cuts a table into a fitted smaller part and a held-out larger part at several points. Runs (as
/// <see cref="RunIndex"/> recognises them) are kept whole, except when ordering by run length, which
/// cuts every run at the same token count. Cuts fall only between distinct values of the ordering
/// quantity, so equal sizes are never split.
/// </summary>
internal static class BacktestSplits
{
    /// <summary>The cut points of <paramref name="rows"/> (indices into <paramref name="table"/>), numbered from <paramref name="firstIndex"/>.</summary>
    /// <param name="runs">The run of each row of <paramref name="table"/>.</param>
    /// <param name="law">The law fitted, for <see cref="BacktestSettings.MinimumRows"/>.</param>
    public static IReadOnlyList<BacktestCut> Of(
        ObservationTable table, RunIndex runs, IReadOnlyList<int> rows, string? family, BacktestSettings settings, ScalingLaw law, int firstIndex = 0)
    {
        var keys = Keys(table, runs, rows, settings.Order);
        var levels = Levels(keys);
        var first = settings.MinimumTrainingLevels - 1; // the fitted part ends at levels[first] or later
        var minimumRows = settings.MinimumRows(law);
        while (first < levels.Length && keys.Count(k => k <= levels[first]) < minimumRows)
            first++;
        var last = levels.Length - 2;                   // something must be held out
        if (last < first)
            return [];
        var chosen = Spread(levels, first, last, settings.MaxCuts);
        return [.. chosen.Select((level, i) => new BacktestCut(
            firstIndex + i,
            family,
            levels[level],
            [.. rows.Where((_, j) => keys[j] <= levels[level])],
            [.. rows.Where((_, j) => keys[j] > levels[level])]))];
    }

    /// <summary>How many distinct values of the ordering quantity <paramref name="rows"/> hold: where cuts can fall.</summary>
    public static int LevelCount(ObservationTable table, RunIndex runs, IReadOnlyList<int> rows, BacktestOrder order) =>
        Levels(Keys(table, runs, rows, order)).Length;

    private static double[] Levels(double[] keys) => keys.Where(k => double.IsFinite(k) && k > 0).Distinct().Order().ToArray();

    // The value a row is ordered by: its run's largest value of the quantity, its own tokens for run length, or its run's N/D.
    private static double[] Keys(ObservationTable table, RunIndex runs, IReadOnlyList<int> rows, BacktestOrder order)
    {
        if (order == BacktestOrder.RunLength)
            return [.. rows.Select(i => table[i].Tokens)];
        if (order == BacktestOrder.TokensPerParam)
        {
            // Parameters per token of the run's longest row: ascending, the fitted part is the most trained per parameter.
            var longest = rows.GroupBy(i => runs.RunOf[i]).ToDictionary(g => g.Key, g => g.Max(i => table[i].Tokens));
            return [.. rows.Select(i => table[i].Params / longest[runs.RunOf[i]])];
        }
        var field = order switch
        {
            BacktestOrder.Params => Field.Params,
            BacktestOrder.Tokens => Field.Tokens,
            _ => Field.Flops,
        };
        var byRun = rows.GroupBy(i => runs.RunOf[i])
            .ToDictionary(g => g.Key, g => g.Max(i => InputValue.Of(table[i], field)));
        return [.. rows.Select(i => byRun[runs.RunOf[i]])];
    }

    // Up to `count` level indices between first and last, evenly spaced in log scale, always ending at last.
    private static int[] Spread(double[] levels, int first, int last, int count)
    {
        if (last - first + 1 <= count)
            return [.. Enumerable.Range(first, last - first + 1)];
        var (low, high) = (Math.Log(levels[first]), Math.Log(levels[last]));
        var chosen = new SortedSet<int> { last };
        for (var i = 0; i < count - 1; i++)
        {
            var target = low + (high - low) * i / (count - 1);
            var nearest = Enumerable.Range(first, last - first + 1).MinBy(j => Math.Abs(Math.Log(levels[j]) - target));
            chosen.Add(nearest);
        }
        return [.. chosen];
    }
}
