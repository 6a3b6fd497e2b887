namespace ScalingLaws.IO.Selection;

/// <summary>
/// One condition on a column, written <c>COLUMN=VALUE</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> or <c>&gt;=</c>.
/// Values may carry size suffixes (<c>N&gt;=1B</c>, <c>tokens&lt;20B</c>). Equality compares numbers as numbers when both
/// sides are numbers (so <c>config_index=4</c> matches "4.0") and text otherwise, ignoring case. <c>==</c> is read as <c>=</c>.
/// </summary>
public sealed record RowFilter(string Column, FilterComparison Comparison, string Value)
{
    // Two-character operators first, so "<=" is not read as "<" followed by a value "=…"; "==" (Python's, pandas' query) is
    // "=", which the last symbol of a comparison (ToString) writes.
    private static readonly (string Symbol, FilterComparison Comparison)[] Operators =
    [
        ("<=", FilterComparison.LessOrEqual),
        (">=", FilterComparison.GreaterOrEqual),
        ("!=", FilterComparison.NotEqual),
        ("==", FilterComparison.Equal),
        ("=", FilterComparison.Equal),
        ("<", FilterComparison.Less),
        (">", FilterComparison.Greater),
    ];

    // Comparisons as other languages or a word processor write them: read as "=" with a value "<1e9", "=<" kept no row and
    // said only that none passed.
    private static readonly (string Written, string Meant)[] Foreign =
        [("=<", "<="), ("=>", ">="), ("<>", "!="), ("=!", "!="), ("≤", "<="), ("≥", ">="), ("≠", "!=")];

    /// <summary>The value as a number (suffixes allowed), or null when it is text.</summary>
    public double? Number => Quantity.TryParse(Value, out var number) ? number : null;

    /// <summary>Whether the filter orders values (&lt;, &gt; …) rather than testing equality.</summary>
    public bool IsOrdering => Comparison is not (FilterComparison.Equal or FilterComparison.NotEqual);

    /// <summary>Reads <c>COLUMN OP VALUE</c>; the column is everything before the first operator character.</summary>
    /// <exception cref="ScalingLawsException">No operator, no column or no value, or an ordering against text.</exception>
    public static RowFilter Parse(string text)
    {
        var at = text.IndexOfAny(['<', '>', '!', '=', '≤', '≥', '≠']);
        if (at >= 0 && Foreign.FirstOrDefault(f => text.AsSpan(at).StartsWith(f.Written)) is { Written: not null } foreign)
            throw Invalid(text, $"'{foreign.Written}' is not a comparison here; write {foreign.Meant}, e.g. {text[..at].Trim()}{foreign.Meant}{text[(at + foreign.Written.Length)..].Trim()}");
        var (symbol, comparison) = at < 0 ? default : Operators.FirstOrDefault(o => text.AsSpan(at).StartsWith(o.Symbol));
        if (symbol is null)
            throw Invalid(text, "no comparison; write COLUMN=VALUE, COLUMN!=VALUE, COLUMN<VALUE, <=, > or >=, e.g. tokens>=10B");
        var filter = new RowFilter(text[..at].Trim(), comparison, text[(at + symbol.Length)..].Trim());
        if (filter.Column.Length == 0)
            throw Invalid(text, "no column before the comparison; write e.g. params>=1B");
        if (filter.Value.Length == 0)
            throw Invalid(text, "no value after the comparison; write e.g. params>=1B");
        if (filter.IsOrdering && filter.Number is null)
            throw Invalid(text, $"'{filter.Value}' is not a number, so it cannot be compared with {symbol}; {Quantity.Remedy(filter.Value, "write a number such as 1e9 or 1B, or compare text with = or !=")}");
        return filter;
    }

    /// <summary>Whether a numeric cell passes.</summary>
    public bool Matches(double cell) =>
        Number is { } number ? Compare(cell.CompareTo(number), Same(cell, number)) : Comparison == FilterComparison.NotEqual;

    /// <summary>Whether a text cell passes: as numbers when both are numbers, else as text ignoring case and surrounding spaces.</summary>
    public bool Matches(string? cell)
    {
        if (Quantity.TryParse(cell, out var number) && Number is not null)
            return Matches(number);
        if (IsOrdering)
            return false;
        var equal = string.Equals((cell ?? "").Trim(), Value, StringComparison.OrdinalIgnoreCase);
        return equal == (Comparison == FilterComparison.Equal);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Column}{Operators.Last(o => o.Comparison == Comparison).Symbol}{Value}";

    private bool Compare(int order, bool same) => Comparison switch
    {
        FilterComparison.Equal => same,
        FilterComparison.NotEqual => !same,
        FilterComparison.Less => order < 0 && !same,
        FilterComparison.LessOrEqual => order < 0 || same,
        FilterComparison.Greater => order > 0 && !same,
        _ => order > 0 || same,
    };

    // "1.3B" read from a cell and typed on the command line may differ in the last bit.
    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b));

    private static ScalingLawsException Invalid(string text, string problem) => new($"{Setting.Where} {text}: {problem}.");
}
