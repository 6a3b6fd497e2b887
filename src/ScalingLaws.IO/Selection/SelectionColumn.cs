using System.Collections.Immutable;

namespace ScalingLaws.IO.Selection;

/// <summary>
/// A column a filter names: a canonical field (by its name or a usual header, e.g. <c>N</c>, <c>tokens</c>,
/// <c>model size</c>) or any other column of the file by its header, ignoring case.
/// </summary>
internal sealed class SelectionColumn
{
    private readonly Field? field;
    private readonly ImmutableArray<string> cells;

    private SelectionColumn(string name, Field? field, ImmutableArray<string> cells)
    {
        Name = name;
        this.field = field;
        this.cells = cells;
    }

    public string Name { get; }

    /// <summary>The column called <paramref name="name"/>; the file's own headers win over field aliases.</summary>
    /// <exception cref="ScalingLawsException">No such column; the message lists the columns and a likely spelling.</exception>
    public static SelectionColumn Find(ObservationTable table, string name, string filter)
    {
        var header = table.Extra.Keys.FirstOrDefault(h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (header is not null)
            return new SelectionColumn(header, null, table.Extra[header]);
        var field = Enum.GetValues<Field>().Cast<Field?>().FirstOrDefault(f => FieldNames.IsAlias(f!.Value, name) || FieldNames.IsLooseAlias(f!.Value, name) || FieldNames.IsCanonical(f!.Value, name));
        if (field is { } found && Present(table, found))
            return new SelectionColumn(FieldNames.Name(found), found, []);
        var columns = Names(table);
        throw new ScalingLawsException(
            $"{Setting.Where} {filter}: {table.Source} has no column '{name}'{EditDistance.DidYouMean(name, columns)}; its columns are {string.Join(", ", columns)}.");
    }

    public bool Matches(ObservationTable table, int row, RowFilter filter) => field switch
    {
        null => filter.Matches(cells[row]),
        Field.Model => filter.Matches(table[row].Model),
        Field.Family => filter.Matches(table[row].Family),
        { } numeric => filter.Matches(ObservationTable.Value(table[row], numeric)),
    };

    /// <summary>The column's range (numbers) or values (text) among the rows, for a message about an empty selection.</summary>
    public string Describe(ObservationTable table)
    {
        if (field is { } numeric and not (Field.Model or Field.Family))
        {
            var values = table.Column(numeric).Where(double.IsFinite).ToArray();
            return values.Length == 0 ? $"{Name} is blank" : $"{Name} ranges {Quantity.Format(values.Min())}–{Quantity.Format(values.Max())}";
        }
        var texts = Enumerable.Range(0, table.Count).Select(i => field switch
        {
            Field.Model => table[i].Model,
            Field.Family => table[i].Family,
            _ => cells[i],
        } ?? "").Distinct().ToList();
        return $"{Name} takes {Listing.Some(texts)}";
    }

    // Canonical fields the rows actually have (a file without a step column cannot be filtered on step), then the other headers.
    private static List<string> Names(ObservationTable table) =>
        [.. Enum.GetValues<Field>().Where(f => Present(table, f)).Select(FieldNames.Name), .. table.Extra.Keys.Order(StringComparer.OrdinalIgnoreCase)];

    private static bool Present(ObservationTable table, Field field) => field switch
    {
        Field.Model => table.Rows.Any(r => r.Model is not null),
        Field.Family => table.Rows.Any(r => r.Family is not null),
        _ => table.Rows.Any(r => double.IsFinite(ObservationTable.Value(r, field))),
    };
}
