using System.Text;

namespace ScalingLaws.IO;

/// <summary>
/// The one writer of CSV and TSV text, which <see cref="DelimitedFile"/> reads back: cells joined by the delimiter,
/// '\n' line ends, numbers at round-trip precision, and free text quoted by RFC 4180 where it must be.
/// </summary>
public sealed class DelimitedText(char delimiter = ',')
{
    private readonly StringBuilder text = new();

    /// <summary>Appends one line of cells, already formatted.</summary>
    public DelimitedText Row(IEnumerable<string> cells)
    {
        text.AppendJoin(delimiter, cells).Append('\n');
        return this;
    }

    /// <inheritdoc cref="Row(IEnumerable{string})"/>
    public DelimitedText Row(params string[] cells) => Row((IEnumerable<string>)cells);

    /// <summary>The text so far: every row, each ending in '\n'.</summary>
    public override string ToString() => text.ToString();

    /// <summary>A number at round-trip precision, invariant culture.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: a text that holds a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Quote(string? text) =>
        text is null ? ""
        : text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : text;
}
