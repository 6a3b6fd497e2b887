namespace ScalingLaws.IO;

/// <summary>Reads a whole CSV or TSV text into cells, for the small tables (curves, datasets) read by row.</summary>
internal static class DelimitedFile
{
    /// <param name="given">Whether the user chose <paramref name="delimiter"/>, over the one an Excel 'sep=;' line names.</param>
    public static RawTable Read(TextReader text, string path, char delimiter, bool given)
    {
        using var rows = new DelimitedRows(text, path, delimiter, given);
        var read = new List<RawRow>();
        foreach (var row in rows.Rows())
            read.Add(new RawRow(row.Number, [.. Enumerable.Range(0, rows.Headers.Count).Select(i => row.Cell(i).ToString())]));
        return new RawTable(rows.Headers, read);
    }
}
