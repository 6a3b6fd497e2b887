namespace ScalingLaws.Report.Html;

/// <summary>
/// A table whose rows report.js sorts by a column when its header is clicked: numeric columns by
/// each cell's exact value (data-sort), text columns by their text.
/// </summary>
internal sealed class SortableTable(params SortableTable.Column[] columns)
{
    private readonly List<Cell[]> _rows = [];

    /// <param name="Header">The column's header.</param>
    /// <param name="Numeric">Whether cells sort by number (and are right-aligned).</param>
    /// <param name="Title">A tooltip explaining the column.</param>
    public sealed record Column(string Header, bool Numeric = true, string? Title = null);

    /// <summary>A cell: its text and, in a numeric column, the number it sorts by.</summary>
    public readonly record struct Cell(string Text, double Sort = double.NaN, string? Class = null)
    {
        public static implicit operator Cell(string text) => new(text);
    }

    public int Count => _rows.Count;

    public SortableTable Add(params Cell[] cells)
    {
        if (cells.Length != columns.Length)
            throw new ArgumentException($"a row of this table needs {columns.Length} cells, got {cells.Length}.", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public void Write(HtmlWriter html, string? cssClass = null)
    {
        using (html.Tag("div", ("class", "table-wrap")))
        using (html.Tag("table", ("class", cssClass is null ? "sortable" : $"sortable {cssClass}")))
        {
            using (html.Tag("thead"))
            using (html.Tag("tr"))
            {
                foreach (var column in columns)
                {
                    html.Element("th", column.Header, ("scope", "col"), ("tabindex", "0"), ("aria-sort", "none"),
                        ("data-type", column.Numeric ? "number" : "text"), ("class", column.Numeric ? "num" : null), ("title", column.Title));
                }
            }
            using (html.Tag("tbody"))
            {
                foreach (var row in _rows)
                {
                    using (html.Tag("tr"))
                    {
                        for (var j = 0; j < row.Length; j++)
                        {
                            var classes = string.Join(' ', new[] { columns[j].Numeric ? "num" : null, row[j].Class }.Where(c => c is not null));
                            html.Element("td", row[j].Text,
                                ("class", classes.Length > 0 ? classes : null),
                                ("data-sort", columns[j].Numeric ? ReportFormat.Key(row[j].Sort) : null));
                        }
                    }
                }
            }
        }
    }
}
