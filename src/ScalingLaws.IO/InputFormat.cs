namespace ScalingLaws.IO;

/// <summary>What an input holds: a table, a Parquet file, or an experiment tracker's own files.</summary>
public enum InputFormat
{
    /// <summary>Comma-separated values.</summary>
    Csv,
    /// <summary>Tab-separated values.</summary>
    Tsv,
    /// <summary>One JSON object per line.</summary>
    JsonLines,
    /// <summary>An Apache Parquet file.</summary>
    Parquet,
    /// <summary>TensorBoard event files.</summary>
    TensorBoard,
    /// <summary>An MLflow file store.</summary>
    MLflow,
    /// <summary>A W&amp;B offline run folder.</summary>
    WandB,
}

/// <summary>
/// Tells the format of an input from its name or its content (<c>--format</c> forces one): the extension under any
/// <c>.gz</c>, Parquet's <c>PAR1</c> magic, a TensorBoard record, a tracker's folder layout.
/// </summary>
public static class InputFormats
{
    /// <summary>The names <c>--format</c> takes, in the order help lists them.</summary>
    public static readonly IReadOnlyList<string> Names = ["csv", "tsv", "jsonl", "parquet", "tensorboard", "mlflow", "wandb"];

    /// <summary>The format a name gives (any case), or null.</summary>
    public static InputFormat? Find(string name)
    {
        var index = Names.ToList().IndexOf(name.Trim().ToLowerInvariant());
        return index < 0 ? null : (InputFormat)index;
    }

    /// <summary>The name <c>--format</c> gives <paramref name="format"/>.</summary>
    public static string Name(InputFormat format) => Names[(int)format];

    /// <summary>
    /// The format of <paramref name="path"/>: <paramref name="forced"/> when given, else a folder's tracker layout (null for a
    /// folder of tables), else the file's name, else its first bytes; null when none of them tells.
    /// </summary>
    public static InputFormat? Of(string path, InputFormat? forced, string expected)
    {
        if (forced is not null)
            return forced;
        if (!InputFile.IsStandardInput(path) && Directory.Exists(path))
            return OfFolder(path);
        return FromName(path) ?? FromContent(InputFile.Head(path, expected));
    }

    /// <summary>A file's format from its name: the extension under <c>.gz</c>, or a TensorBoard event file's name; null when the name does not tell.</summary>
    public static InputFormat? FromName(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Contains("tfevents", StringComparison.Ordinal))
            return InputFormat.TensorBoard;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            name = name[..^3];
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".csv" => InputFormat.Csv,
            ".tsv" => InputFormat.Tsv,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".parquet" or ".pq" => InputFormat.Parquet,
            _ => null,
        };
    }

    /// <summary>A binary format told by the content's first bytes (Parquet's magic, a TensorBoard record), or null.</summary>
    public static InputFormat? FromContent(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PAR1"u8) ? InputFormat.Parquet
        : TensorBoard.TfRecord.StartsWithRecord(bytes) ? InputFormat.TensorBoard
        : null;

    /// <summary>The tracker whose files a folder (or a tree of folders) holds, or null for a folder of tables.</summary>
    public static InputFormat? OfFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 4 });
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (name.Contains("tfevents", StringComparison.Ordinal))
                return InputFormat.TensorBoard;
            if (name is "wandb-history.jsonl" or "wandb-summary.json")
                return InputFormat.WandB;
            if (name == "meta.yaml" || Path.GetFileName(Path.GetDirectoryName(file)) is "metrics" or "params")
                return InputFormat.MLflow;
        }
        return null;
    }
}
