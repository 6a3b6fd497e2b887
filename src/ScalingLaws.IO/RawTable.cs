namespace ScalingLaws.IO;

/// <summary>A file's header and cells before any interpretation.</summary>
/// <param name="Headers">Column names in file order; empty when the file has no header.</param>
/// <param name="Rows">Data rows, each with one cell per header.</param>
/// <param name="Locate">For cells read from files of their own (a tracker's runs): a cell's error moved to the file it came from.</param>
internal sealed record RawTable(IReadOnlyList<string> Headers, IReadOnlyList<RawRow> Rows, Func<DataFileException, DataFileException>? Locate = null);

/// <summary>One data row.</summary>
/// <param name="Number">1-based row for messages: data row in CSV (header excluded), line in JSON Lines.</param>
/// <param name="Cells">Cell text by header index; null where JSON has null or no such key.</param>
internal sealed record RawRow(int Number, IReadOnlyList<string?> Cells) : ICellRow
{
    public ReadOnlySpan<char> Cell(int column) => Cells[column];
}
