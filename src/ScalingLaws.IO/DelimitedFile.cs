using Sylvan.Data.Csv;

namespace ScalingLaws.IO;

/// <summary>Reads CSV and TSV: quoted fields, CRLF, a missing final newline and blank lines are all fine.</summary>
internal static class DelimitedFile
{
    /// <summary>The longest row read, in characters; a longer one is refused with this limit, not a buffer setting.</summary>
    public const int MaxRowLength = 16 << 20;

    private static readonly (char Delimiter, string Name, string Option)[] Others =
        [(';', "semicolon", "';'"), ('\t', "tab", "tab"), ('|', "pipe", "'|'"), (',', "comma", "','")];

    public static RawTable Read(string text, string path, char delimiter)
    {
        var row = 0;
        try
        {
            using var csv = CsvDataReader.Create(new StringReader(text),
                new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true, MaxBufferSize = MaxRowLength });
            var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
            CheckDelimiter(headers, path, delimiter);
            var rows = new List<RawRow>();
            while (csv.Read())
            {
                row = csv.RowNumber;
                if (csv.RowFieldCount == 1 && csv.GetString(0).Trim().Length == 0)
                    continue; // blank line
                if (csv.RowFieldCount > headers.Length)
                    throw new DataFileException(path, $"{csv.RowFieldCount} fields but the header has {headers.Length}",
                        "quote fields that contain the delimiter", csv.RowNumber);
                rows.Add(new RawRow(csv.RowNumber, [.. Enumerable.Range(0, headers.Length).Select(csv.GetString)]));
            }
            return new RawTable(headers, rows);
        }
        catch (CsvMissingHeadersException)
        {
            return new RawTable([], []);
        }
        catch (CsvRecordTooLargeException)
        {
            throw new DataFileException(path, $"a row is longer than {MaxRowLength / (1 << 20)} million characters", "check that the file is a table (one record per line)", row + 1);
        }
        catch (CsvFormatException e)
        {
            throw new DataFileException(path, "a quoted field is never closed", "close every quoted field with a '\"'", e.RowNumber);
        }
    }

    // A header read as one column that holds another delimiter was written with that delimiter.
    private static void CheckDelimiter(string[] headers, string path, char delimiter)
    {
        if (headers.Length != 1)
            return;
        foreach (var (other, name, option) in Others)
        {
            if (other != delimiter && headers[0].Contains(other))
                throw new DataFileException(path, $"the header looks {name}-separated", $"use --delimiter {option}");
        }
    }
}
