using Sylvan.Data.Csv;

namespace ScalingLaws.IO;

/// <summary>
/// Streams the rows of a CSV or TSV text: quoted fields, CRLF, a missing final newline, blank lines (or lines of
/// delimiters only, as spreadsheets export empty rows) and one blank field beyond the header (a delimiter that ends the
/// row) are all fine.
/// Cells are spans into the reader's buffer, so a million-row file is never held as text nor as a string per cell.
/// A last row that looks cut off (<see cref="LooksCut"/>) in a text that does not end with a line break is refused: a file
/// truncated by a crashed writer must not be read as a row with a blank or shortened number.
/// </summary>
internal sealed class DelimitedRows : ICellRow, IDisposable
{
    /// <summary>The longest row read, in characters; a longer one is refused with this limit, not a buffer setting.</summary>
    public const int MaxRowLength = 16 << 20;

    private static readonly (char Delimiter, string Name, string Option)[] Others =
        [(';', "semicolon", "';'"), ('\t', "tab", "tab"), ('|', "pipe", "'|'"), (',', "comma", "','")];

    private readonly CsvDataReader? _csv;
    private readonly TextEnd _text;
    private readonly string _path;

    // Lines before the header that are no part of the table: Excel's 'sep=;'.
    private readonly int _skipped;

    // The row returned while the reader looks past it (to see whether it is the last), and the reader's row then waiting.
    private string[]? _held;
    private bool _pending;

    // How the last column's numbers are written: a last one written shorter than all of them looks cut.
    private readonly NumberForm _lastForm = new();

    // Whether a row before this one had fewer fields than the header, or a blank last field: a file that writes its rows so (an
    // optional last column) has such rows whole, and holding each one to look past it would copy every row of a million as strings.
    private bool _shortSeen, _blankLastSeen;

    /// <summary>
    /// Reads the header row; an empty text has no headers. A header holding another delimiter is refused. Excel's first line
    /// 'sep=;' is read past, and its delimiter read the table, unless <paramref name="given"/> (the delimiter was chosen by the user).
    /// </summary>
    public DelimitedRows(TextReader text, string path, char delimiter, bool given)
    {
        _path = path;
        var (rest, named) = SeparatorLine.Skip(text);
        _text = new TextEnd(rest);
        // Row numbers still count the file's lines, the separator line among them.
        _skipped = named is null ? 0 : 1;
        delimiter = named is { } excel && !given ? excel : delimiter;
        try
        {
            _csv = CsvDataReader.Create(_text, new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true, MaxBufferSize = MaxRowLength });
            Headers = [.. Enumerable.Range(0, _csv.FieldCount).Select(i => Visible(_csv.GetName(i)))];
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

    // Invisible characters are no part of a name: a second byte-order mark (a file saved twice by a BOM-writing editor), a
    // zero-width space or joiner pasted in from a web page or a word processor. Kept, they made 'params' an unknown column.
    private static string Visible(string name) =>
        name.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format) ? string.Concat(name.Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.Format)) : name;

    public int Number { get; private set; }

    /// <summary>Moves to the next data row, skipping blank lines; false at the end.</summary>
    /// <exception cref="DataFileException">
    /// A row has more fields than the header, is too long, or a quote is never closed; or the last row looks cut off.
    /// </exception>
    public bool Next()
    {
        _held = null;
        if (_csv is null || !(_pending || ReadRow()))
            return false;
        _pending = false;
        Number = Row;
        if (RepeatsHeader())
            throw new DataFileException(_path, "this row repeats the header, as where two tables were joined end to end",
                "remove the repeated header line (and check that the tables joined belong together)", Number);
        var cut = LooksCut();
        Remember();
        if (!cut)
            return true;
        _held = [.. Enumerable.Range(0, Fields).Select(i => _csv.GetString(i))];
        _pending = ReadRow();
        if (!_pending && !_text.EndsWithLineBreak)
            throw Cut();
        return true;
    }

    // Moves the reader to the next row that is not blank.
    private bool ReadRow()
    {
        try
        {
            while (_csv!.Read())
            {
                if (BlankFrom(0))
                    continue; // a blank line, or one of delimiters only (a spreadsheet's empty row)
                if (_csv.RowFieldCount > Headers.Count && !(_csv.RowFieldCount == Headers.Count + 1 && BlankFrom(Headers.Count)))
                    throw new DataFileException(_path, $"{_csv.RowFieldCount} fields but the header has {Headers.Count}", HasLoneReturn()
                        ? "a line ends in a lone carriage return (an old Mac line end) among other line ends, so two lines were read as one; save the file with one kind of line end (LF or CRLF)"
                        : "quote fields that contain the delimiter", Row);
                return true;
            }
            return false;
        }
        catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException)
        {
            throw Problem(e);
        }
    }

    // A carriage return inside an unquoted field: a lone '\r' line end the reader does not split at when others are '\n'.
    private bool HasLoneReturn() => Enumerable.Range(0, _csv!.RowFieldCount).Any(i => _csv.GetFieldSpan(i).Contains('\r'));

    // Every cell the header's own name: a second table's header line (cat a.csv b.csv), which would be read as a row of text.
    private bool RepeatsHeader()
    {
        if (Fields != Headers.Count || Headers.Count < 2)
            return false;
        for (var i = 0; i < Headers.Count; i++)
        {
            if (!_csv!.GetFieldSpan(i).Trim().Trim('\uFEFF').Equals(Headers[i].Trim(), StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    // The reader's row, counted as the file's lines are.
    private int Row => _csv!.RowNumber + _skipped;

    // The row's fields under the header: a blank field after it (a delimiter ending the row) is no part of the row.
    private int Fields => Math.Min(_csv!.RowFieldCount, Headers.Count);

    // Whether every field from the first-th on is blank: from 0, a blank row; from the header's count, nothing after it.
    private bool BlankFrom(int first)
    {
        for (var i = first; i < _csv!.RowFieldCount; i++)
        {
            if (!_csv.GetFieldSpan(i).IsWhiteSpace())
                return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the current row could be a row cut off by the end of the file: fewer fields than the header or a blank last
    /// field where no earlier row had one, or a last field that ends as no number does ('2.', '3e-') or is written in a shorter form than every earlier
    /// row's (<see cref="NumberForm"/>: '3.48' among '3.4870', '3' among '3.4871'). A number with merely fewer digits
    /// ('3.5' after '3.4871') is whole.
    /// </summary>
    private bool LooksCut()
    {
        if (Fields < Headers.Count)
            return !_shortSeen;
        var last = _csv!.GetFieldSpan(Fields - 1).Trim();
        return last.IsEmpty ? !_blankLastSeen : last[^1] is '.' or 'e' or 'E' or '+' or '-' || _lastForm.WrittenShorter(last);
    }

    // What a whole row shows of how this file writes its rows (a cut one is refused before the next row is read).
    private void Remember()
    {
        if (Fields < Headers.Count)
        {
            _shortSeen = true;
            return;
        }
        var last = _csv!.GetFieldSpan(Fields - 1);
        _blankLastSeen |= last.IsWhiteSpace();
        _lastForm.Add(last);
    }

    private DataFileException Cut()
    {
        var last = _held![^1];
        var what = _held.Length < Headers.Count ? $"has {_held.Length} of {Headers.Count} fields"
            : string.IsNullOrWhiteSpace(last) ? $"ends in a blank '{Headers[^1]}'"
            : $"ends in '{Headers[^1]}' '{DataFileException.Shorten(last.Trim())}', which looks cut inside the number";
        return new DataFileException(_path, $"the file does not end with a line break and its last row {what}: the file may be cut short (a writer that stopped)",
            "write the file again whole, or, if the row is complete as it is, end the file with a line break", Number);
    }

    /// <summary>The data rows in order; each is this reader, positioned on the row, so it is valid until the next.</summary>
    public IEnumerable<ICellRow> Rows()
    {
        while (Next())
            yield return this;
    }

    // A short row's missing cells read as blank.
    public ReadOnlySpan<char> Cell(int column) =>
        _held is { } held ? (column < held.Length ? held[column] : [])
        : column < Fields ? _csv!.GetFieldSpan(column) : [];

    public void Dispose() => _csv?.Dispose();

    // A row too large is also a format error to Sylvan, so it is told apart first. A quote open in the header was "row 0".
    private DataFileException Problem(Exception e) => e is CsvRecordTooLargeException
        ? new(_path, $"a row is longer than {MaxRowLength / (1 << 20)} million characters", "check that the file is a table (one record per line)", Number + 1)
        : ((CsvFormatException)e).RowNumber is > 0 and var row
            ? new(_path, "a quoted field is never closed", "close every quoted field with a '\"'", row + _skipped)
            : new(_path, "a quoted field of the header is never closed", "close every quoted field with a '\"'");

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
