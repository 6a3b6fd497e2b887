using Sylvan.Data.Csv;

namespace ScalingLaws.IO;

/// <summary>
/// Streams the rows of a CSV or TSV text: quoted fields, CRLF, a missing final newline and blank lines are all fine.
/// Cells are spans into the reader's buffer, so a million-row file is never held as text nor as a string per cell.
/// </summary>
internal sealed class DelimitedRows : ICellRow, IDisposable
{
    /// <summary>The longest row read, in characters; a longer one is refused with this limit, not a buffer setting.</summary>
    public const int MaxRowLength = 16 << 20;

    private static readonly (char Delimiter, string Name, string Option)[] Others =
        [(';', "semicolon", "';'"), ('\t', "tab", "tab"), ('|', "pipe", "'|'"), (',', "comma", "','")];

    private readonly CsvDataReader? _csv;
    private readonly string _path;

    /// <summary>Reads the header row; an empty text has no headers. A header holding another delimiter is refused.</summary>
    public DelimitedRows(TextReader text, string path, char delimiter)
    {
        _path = path;
        try
        {
            _csv = CsvDataReader.Create(text, new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true, MaxBufferSize = MaxRowLength });
            // A second byte-order mark (a file saved twice by a BOM-writing editor) is invisible in the header, so it is not part of the name.
            Headers = [.. Enumerable.Range(0, _csv.FieldCount).Select(i => _csv.GetName(i).TrimStart('\uFEFF'))];
        }
        catch (CsvMissingHeadersException)
        {
            Headers = [];
        }
        catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException)
        {
            throw Problem(e);
        }
        CheckDelimiter(delimiter);
    }

    public IReadOnlyList<string> Headers { get; }

    public int Number { get; private set; }

    /// <summary>Moves to the next data row, skipping blank lines; false at the end.</summary>
    /// <exception cref="DataFileException">A row has more fields than the header, is too long, or a quote is never closed.</exception>
    public bool Next()
    {
        if (_csv is null)
            return false;
        try
        {
            while (_csv.Read())
            {
                Number = _csv.RowNumber;
                if (_csv.RowFieldCount == 1 && _csv.GetFieldSpan(0).IsWhiteSpace())
                    continue; // blank line
                if (_csv.RowFieldCount > Headers.Count)
                    throw new DataFileException(_path, $"{_csv.RowFieldCount} fields but the header has {Headers.Count}",
                        "quote fields that contain the delimiter", _csv.RowNumber);
                return true;
            }
            return false;
        }
        catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException)
        {
            throw Problem(e);
        }
    }

    /// <summary>The data rows in order; each is this reader, positioned on the row, so it is valid until the next.</summary>
    public IEnumerable<ICellRow> Rows()
    {
        while (Next())
            yield return this;
    }

    // A short row's missing cells read as blank.
    public ReadOnlySpan<char> Cell(int column) => column < _csv!.RowFieldCount ? _csv.GetFieldSpan(column) : [];

    public void Dispose() => _csv?.Dispose();

    // A row too large is also a format error to Sylvan, so it is told apart first.
    private DataFileException Problem(Exception e) => e is CsvRecordTooLargeException
        ? new(_path, $"a row is longer than {MaxRowLength / (1 << 20)} million characters", "check that the file is a table (one record per line)", Number + 1)
        : new(_path, "a quoted field is never closed", "close every quoted field with a '\"'", ((CsvFormatException)e).RowNumber);

    // A header read as one column that holds another delimiter was written with that delimiter.
    private void CheckDelimiter(char delimiter)
    {
        if (Headers.Count != 1)
            return;
        foreach (var (other, name, option) in Others)
        {
            if (other != delimiter && Headers[0].Contains(other))
                throw new DataFileException(_path, $"the header looks {name}-separated", $"use --delimiter {option}");
        }
    }
}
