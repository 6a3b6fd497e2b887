namespace ScalingLaws.IO.LawFiles;

/// <summary>What a command writes to its --out, for <see cref="AtomicFile.CheckTarget"/>.</summary>
/// <param name="What">"a law file", as messages name it.</param>
/// <param name="Format">"JSON", what the file holds.</param>
/// <param name="Extensions">Accepted extensions, lower case with the dot; the first is the usual one.</param>
/// <param name="Forceable">Whether --force may keep another name (not when the extension chooses the format).</param>
public sealed record OutputKind(string What, string Format, string[] Extensions, bool Forceable)
{
    /// <summary>A fitted law, JSON.</summary>
    public static OutputKind LawFile { get; } = new("a law file", "JSON", [".json"], Forceable: true);

    /// <summary>An HTML report.</summary>
    public static OutputKind Report { get; } = new("a report", "an HTML page", [".html", ".htm"], Forceable: true);

    /// <summary>A figure, PNG, SVG or PDF by extension.</summary>
    public static OutputKind Figure { get; } = new("a figure", "PNG, SVG or PDF, by extension", [".png", ".svg", ".pdf"], Forceable: false);

    /// <summary>A per-position loss table, CSV, TSV or JSON Lines by extension.</summary>
    public static OutputKind PositionTable { get; } = new("a per-position file", "CSV, TSV or JSON Lines, by extension", [".csv", ".tsv", ".jsonl", ".ndjson"], Forceable: false);

    /// <summary>".csv, .tsv, .jsonl or .ndjson"</summary>
    public string ExtensionList => Extensions.Length == 1 ? Extensions[0] : $"{string.Join(", ", Extensions[..^1])} or {Extensions[^1]}";

    /// <summary>A file name to show in messages: "out.json".</summary>
    public string Example => "out" + Extensions[0];
}
