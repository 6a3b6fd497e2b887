namespace ScalingLaws.IO.Selection;

/// <summary>
/// Which rows of a table to use: families (any of them; rows without a family belong to the table's source), filters
/// on any column (all of them), and models to leave out. Each part that selects nothing is an error naming what exists.
/// </summary>
public sealed record RowSelection(IReadOnlyList<string> Families, IReadOnlyList<RowFilter> Filters, IReadOnlyList<string> ExcludedModels)
{
    /// <summary>The selection that keeps every row.</summary>
    public static RowSelection All { get; } = new([], [], []);

    /// <summary>Whether nothing is selected out.</summary>
    public bool SelectsAll => Families.Count == 0 && Filters.Count == 0 && ExcludedModels.Count == 0;

    /// <summary>The selected rows, with a note saying what was selected out of how many rows.</summary>
    /// <exception cref="ScalingLawsException">An unknown family, column or model, or a selection that leaves no rows.</exception>
    public SelectedRows Apply(ObservationTable table)
    {
        if (SelectsAll)
            return new SelectedRows(table, null);
        var (selected, families) = ByFamily(table);
        foreach (var filter in Filters)
            selected = ByFilter(selected, filter);
        selected = WithoutModels(selected);
        var summary = new SelectionSummary(
            families, [.. Filters.Select(f => f.ToString())], [.. ExcludedModels], selected.Count, table.Count);
        return new SelectedRows(selected.WithNote(summary.Describe()), summary);
    }

    // The rows of the chosen families, and the families as the table spells them.
    private (ObservationTable Table, string[] Families) ByFamily(ObservationTable table)
    {
        if (Families.Count == 0)
            return (table, []);
        if (table.Rows.All(r => r.Family is null))
            throw new ScalingLawsException(
                $"{Setting.Family} {Families[0]}: {table.Source} has no family column, so its rows are one family; leave {Setting.Family} out, or add a column 'family' that names each row's.");
        var names = table.Rows.Select(r => FamilyOf(table, r)).Distinct().ToList();
        var chosen = Families.Select(wanted =>
            names.FirstOrDefault(n => string.Equals(n.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ScalingLawsException(
                $"{Setting.Family} {wanted}: no such family in {table.Source}{EditDistance.DidYouMean(wanted.Trim(), names)}; its families are {Listing.Some(names)}."))
            .Distinct().ToArray();
        return (table.Where(r => chosen.Contains(FamilyOf(table, r))), chosen);
    }

    private static ObservationTable ByFilter(ObservationTable table, RowFilter filter)
    {
        var column = SelectionColumn.Find(table, filter.Column, filter.ToString());
        var kept = Enumerable.Range(0, table.Count).Where(i => column.Matches(table, i, filter)).ToArray();
        if (kept.Length == 0)
            throw new ScalingLawsException(
                $"{Setting.Where} {filter}: none of the {Count(table.Count)} rows of {table.Source} passes ({column.Describe(table)}); loosen or drop the filter.");
        return table.Select(kept);
    }

    private ObservationTable WithoutModels(ObservationTable table)
    {
        if (ExcludedModels.Count == 0)
            return table;
        var models = table.Rows.Select(r => r.Model).OfType<string>().Distinct().ToList();
        if (models.Count == 0)
            throw new ScalingLawsException(
                $"{Setting.ExcludeModel} {ExcludedModels[0]}: {table.Source} has no model column; name one with --map model=COLUMN, or leave models out with {Setting.Where} params!=VALUE.");
        var excluded = ExcludedModels.Select(name =>
            models.FirstOrDefault(m => string.Equals(m.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ScalingLawsException(
                $"{Setting.ExcludeModel} {name}: no such model among the selected rows of {table.Source}{EditDistance.DidYouMean(name.Trim(), models)}; the models are {Listing.Some(models)}."))
            .ToHashSet();
        var kept = table.Where(r => r.Model is null || !excluded.Contains(r.Model));
        return kept.Count > 0
            ? kept
            : throw new ScalingLawsException($"{Setting.ExcludeModel}: leaving out {string.Join(", ", excluded)} leaves no rows of {table.Source}; exclude fewer models.");
    }

    private static string FamilyOf(ObservationTable table, Observation row) => row.Family ?? table.Source;

    internal static string Count(int rows) => rows.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>The rows a <see cref="RowSelection"/> kept, and what it selected (null when it selected everything).</summary>
public sealed record SelectedRows(ObservationTable Table, SelectionSummary? Summary);
