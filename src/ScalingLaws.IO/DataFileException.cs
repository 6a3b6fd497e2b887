namespace ScalingLaws.IO;

/// <summary>
/// Bad input in a data file. The message is one line,
/// <c>file, row R, column 'NAME': what is wrong; what to do</c>, with row and column when they are known.
/// </summary>
public sealed class DataFileException(string source, string problem, string remedy, int? row = null, string? column = null)
    : ScalingLawsException(Compose(source, problem, remedy, row, column))
{
    /// <summary>The file name as given.</summary>
    public string FileName { get; } = source;

    /// <summary>1-based data row (header excluded); for JSON Lines, the line number.</summary>
    public int? Row { get; } = row;

    /// <summary>The column header as written in the file.</summary>
    public string? Column { get; } = column;

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = problem;

    /// <summary>What to do about it.</summary>
    public string Remedy { get; } = remedy;

    /// <summary>Names quoted and comma-separated, for listing headers in messages.</summary>
    internal static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    /// <summary>A cell as messages quote it: at most 40 characters, so that a runaway cell cannot flood the line.</summary>
    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static string Compose(string source, string problem, string remedy, int? row, string? column)
    {
        var location = source + (row is { } r ? $", row {r}" : "") + (column is null ? "" : $", column '{column}'");
        // Cells and headers may hold line breaks; the message must stay on one line.
        return $"{location}: {problem}; {remedy}".ReplaceLineEndings(" ");
    }
}
