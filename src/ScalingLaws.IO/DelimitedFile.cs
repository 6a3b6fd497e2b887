namespace ScalingLaws.IO;

/// <summary>Reads a whole CSV or TSV text into cells, for the small tables (curves, datasets) read by row.</summary>
internal static class DelimitedFile
{
    public static RawTable Read(TextReader text, string path, char delimiter)
    {
        using var rows = new DelimitedRows(text, path, delimiter);
        var read = new List<RawRow>();
        foreach (var row in rows.Rows())
            read.Add(new RawRow(row.Number, [.. Enumerable.Range(0, rows.Headers.Count).Select(i => row.Cell(i).ToString())]));
        return new RawTable(rows.Headers, read);
    }
}
