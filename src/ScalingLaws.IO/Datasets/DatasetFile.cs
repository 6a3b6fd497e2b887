namespace ScalingLaws.IO.Datasets;

/// <summary>
/// One raw CSV file of a dataset, read with the same reader as <see cref="TableReader"/> (quotes, CRLF and a
/// missing final newline are fine), with cells looked up by header and errors that name the file, row and column.
/// </summary>
internal sealed class DatasetFile
{
    private readonly RawTable raw;
    private readonly Dictionary<string, int> columns;

    private DatasetFile(string path, RawTable raw)
    {
        Path = path;
        this.raw = raw;
        columns = [];
        for (var i = 0; i < raw.Headers.Count; i++)
            columns.TryAdd(raw.Headers[i], i);
    }

    public string Path { get; }

    public IReadOnlyList<string> Headers => raw.Headers;

    public IReadOnlyList<RawRow> Rows => raw.Rows;

    /// <summary>Reads <paramref name="relativePath"/> under the data directory; a missing file says where to get it.</summary>
    public static DatasetFile Read(string dataDirectory, string relativePath, DatasetInfo dataset)
    {
        var path = System.IO.Path.Combine(dataDirectory, relativePath);
        if (!File.Exists(path))
            throw new ScalingLawsException(OwnFolder(dataDirectory, relativePath) is { } parent
                ? $"dataset '{dataset.Name}' needs {path}, which is missing; the data folder {dataDirectory} is the folder of the dataset's file itself: give the folder above it, {parent}, which holds every dataset's folder."
                : $"dataset '{dataset.Name}' needs {path}, which is missing; get it from {dataset.Source} (see shared/data/README.md), or point --data-dir at a folder that has it.");
        RawTable raw;
        using (var text = InputFile.OpenText(path, $"the {dataset.Name} dataset's file"))
            raw = DelimitedFile.Read(text, path, ',', given: true);
        if (raw.Rows.Count == 0)
            throw new DataFileException(path, "the file has no data rows", $"restore it from {dataset.Source}");
        return new DatasetFile(path, raw);
    }

    // The folder above the data directory when the directory is the file's own folder ('--data-dir shared/data/porian') and the file is there.
    private static string? OwnFolder(string dataDirectory, string relativePath)
    {
        var folder = new DirectoryInfo(dataDirectory);
        var parts = relativePath.Split('/');
        return parts.Length > 1 && folder.Name == parts[0] && folder.Parent is { } parent && File.Exists(System.IO.Path.Combine([folder.FullName, .. parts[1..]]))
            ? parent.FullName
            : null;
    }

    /// <summary>The index of a column the loader relies on.</summary>
    public int Column(string header) =>
        columns.TryGetValue(header, out var index)
            ? index
            : throw new DataFileException(Path, $"no column '{header}' among the headers {DataFileException.Quoted(Headers)}",
                "the file is not the version described in shared/data/README.md; restore it from its source");

    /// <summary>The cell's text, or "" when it is blank.</summary>
    public string Text(RawRow row, int column) => row.Cells[column] ?? "";

    /// <summary>The cell as a finite number; a blank or non-numeric cell is an error.</summary>
    public double Number(RawRow row, int column) =>
        TryNumber(row, column, out var value)
            ? value
            : throw Error(row, column, $"{Headers[column]} is blank");

    /// <summary>False for a blank cell; a cell that is not a finite number is an error.</summary>
    public bool TryNumber(RawRow row, int column, out double value)
    {
        var text = Text(row, column).Trim();
        value = double.NaN;
        if (text.Length == 0)
            return false;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
            throw Error(row, column, $"'{text}' is not a finite number");
        return true;
    }

    /// <summary>The cell as a size such as <c>2.8B</c> or <c>125m</c>.</summary>
    public double Size(RawRow row, int column)
    {
        var text = Text(row, column);
        return Quantity.TryParse(text, out var value) && value > 0
            ? value
            : throw Error(row, column, $"'{text}' is not a size such as 2.8B or 125m");
    }

    public DataFileException Error(RawRow row, int column, string problem) =>
        new(Path, problem, "the file is not the version described in shared/data/README.md; restore it from its source", row.Number, Headers[column]);
}
