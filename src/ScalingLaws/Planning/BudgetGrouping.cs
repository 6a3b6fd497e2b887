using System.Globalization;

namespace ScalingLaws.Planning;

/// <summary>
/// Assigns runs to given compute budgets: by the value of a column that names each run's budget, or to
/// the nearest of a list of budgets within a tolerance in log10 C. Without either, budgets are found
/// by <see cref="BudgetDetection"/>.
/// </summary>
internal static class BudgetGrouping
{
    /// <summary>The runs grouped by budget: each run joins the nearest budget within the tolerance.</summary>
    public static IReadOnlyList<(double Flops, IReadOnlyList<Observation> Runs)> Group(
        ObservationTable table, IReadOnlyList<double>? budgets, double toleranceDex, string? budgetColumn = null)
    {
        if (budgetColumn is not null)
        {
            return budgets is { Count: > 0 }
                ? throw new ScalingLawsException($"give the budgets either as a list ({Setting.Budgets}) or as a column ({Setting.BudgetColumn}), not both.")
                : ByColumn(table, budgetColumn);
        }
        if (!(toleranceDex > 0))
            throw new ScalingLawsException($"the budget tolerance must be positive, got {toleranceDex:G3} dex.");
        if (budgets is not { Count: > 0 })
            throw new ScalingLawsException($"give the budgets as a list ({Setting.Budgets}) or as a column ({Setting.BudgetColumn}), or let them be found from the runs' compute.");
        return Nearest([.. table.Rows.Where(r => r.Flops > 0)], budgets, toleranceDex);
    }

    // Exact values: a column that labels each run's budget needs no tolerance.
    private static List<(double, IReadOnlyList<Observation>)> ByColumn(ObservationTable table, string name)
    {
        var column = Column(table, name);
        var groups = new SortedDictionary<double, List<Observation>>();
        for (var i = 0; i < table.Count; i++)
        {
            var budget = BudgetValue(table, name, column[i], table[i].SourceRow);
            if (!groups.TryGetValue(budget, out var runs))
                groups[budget] = runs = [];
            runs.Add(table[i]);
        }
        return [.. groups.Select(g => (g.Key, (IReadOnlyList<Observation>)g.Value))];
    }

    /// <summary>The values of the extra column <paramref name="name"/> (case ignored), or a refusal naming the columns there are.</summary>
    internal static ImmutableArray<string> Column(ObservationTable table, string name)
    {
        var matches = table.Extra.Where(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 0)
        {
            var available = table.Extra.Count == 0 ? "the file has none" : "the file has " + string.Join(", ", table.Extra.Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'"));
            throw new ScalingLawsException(
                $"{table.Source}: no column '{name}' to take budgets from ({available}; columns read as params, tokens, flops or loss cannot be used); name another column or leave the option out.");
        }
        // Headers are matched ignoring case, as fields are; an exact match wins if two differ only in case.
        return matches.OrderByDescending(kv => kv.Key == name).First().Value;
    }

    private static double BudgetValue(ObservationTable table, string name, string text, int row) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
            ? value
            : throw new ScalingLawsException(
                $"{table.Source}, row {row}, column '{name}': '{text}' is not a positive number of FLOPs; fix the cell or name another column.");

    private static List<(double, IReadOnlyList<Observation>)> Nearest(List<Observation> runs, IReadOnlyList<double> budgets, double toleranceDex)
    {
        if (budgets.Any(b => !(b > 0)))
            throw new ScalingLawsException("every compute budget must be a positive number of FLOPs.");
        return [.. budgets.Order().Select(b => (b, (IReadOnlyList<Observation>)
            [.. runs.Where(r => Math.Abs(Math.Log10(r.Flops / b)) <= toleranceDex)]))];
    }
}
