using ScalingLaws.IO;
using ScalingLaws.IO.Datasets;
using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

/// <summary>A dataset with what its files in one data directory hold: rows and families, or which files are missing.</summary>
internal sealed record DatasetSummary(
    DatasetInfo Info,
    string Directory,
    IReadOnlyList<(string File, bool Present)> Files,
    int? Rows,
    IReadOnlyList<FamilySummary> Families)
{
    public bool Complete => Files.All(f => f.Present);

    /// <summary>Loads the dataset when all its files are present; a present but broken file is an error.</summary>
    public static DatasetSummary Of(DatasetInfo info, string directory)
    {
        var files = DatasetCatalog.Files(info.Name, directory);
        if (!files.All(f => f.Present))
            return new DatasetSummary(info, directory, files, null, []);
        var table = DatasetCatalog.Load(info.Name, directory);
        var families = table.Rows
            .GroupBy(r => r.Family ?? "")
            .Select(g => new FamilySummary(
                g.Key,
                g.Select(r => r.Model).Distinct().Count(),
                [.. g.Select(r => r.Params).Distinct().Order()],
                new ValueRange(g.Min(r => r.Tokens), g.Max(r => r.Tokens)),
                new ValueRange(g.Min(r => r.Loss), g.Max(r => r.Loss)),
                g.Count()))
            .ToList();
        return new DatasetSummary(info, directory, files, table.Count, families);
    }
}

/// <summary>One family of a dataset: its models, distinct sizes N, and the ranges of tokens and loss.</summary>
internal sealed record FamilySummary(string Name, int Models, IReadOnlyList<double> Sizes, ValueRange Tokens, ValueRange Loss, int Rows);

internal sealed record ValueRange(double Min, double Max);

/// <summary>The reports of <c>scaling datasets list</c> and <c>scaling datasets show NAME</c>.</summary>
internal static class DatasetsView
{
    private const int ListedSizes = 8;
    private const int ListedFamilies = 4;

    public static void WriteList(IAnsiConsole console, string directory, IReadOnlyList<DatasetSummary> datasets)
    {
        console.MarkupLine(Markup.Escape($"{datasets.Count} datasets; files read from {directory}"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("name")
            .AddColumn("title")
            .AddColumn("families")
            .AddColumn(new TableColumn("rows").RightAligned())
            .AddColumn("loss");
        foreach (var d in datasets)
        {
            var families = d.Complete ? Families(d.Families) : "";
            var rows = d.Rows is { } count ? Numbers.Count(count) : "files missing";
            AddRow(table, d.Info.Name, d.Info.Title, families, rows, d.Info.Loss);
        }
        console.Write(table);
        console.MarkupLine(Markup.Escape("Use one with --dataset NAME in place of FILE, e.g. scaling fit --dataset chinchilla --drop-highest-loss 5; details: scaling datasets show NAME."));
    }

    public static void WriteShow(IAnsiConsole console, DatasetSummary d)
    {
        var info = d.Info;
        console.MarkupLine($"[bold]{Markup.Escape(info.Name)}[/]: {Markup.Escape(info.Title)}");
        foreach (var (label, text) in new[] { ("loss", info.Loss), ("source", info.Source), ("licence", info.Licence), ("notes", info.Notes) })
            console.MarkupLine(Markup.Escape($"{label,-8} {text}"));
        console.MarkupLine(Markup.Escape($"files in {d.Directory}:"));
        var width = d.Files.Max(f => f.File.Length);
        foreach (var (file, present) in d.Files)
            console.MarkupLine(Markup.Escape($"  {file.PadRight(width)}  {(present ? "present" : "MISSING")}"));
        if (d.Rows is not { } rows)
        {
            console.MarkupLine(Markup.Escape($"Some files are missing, so the rows cannot be counted; get them from {info.Source}."));
            return;
        }
        console.MarkupLine(Markup.Escape($"{Numbers.Count(rows)} rows in {d.Families.Count} {(d.Families.Count == 1 ? "family" : "families")}"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("family")
            .AddColumn(new TableColumn("models").RightAligned())
            .AddColumn("sizes N")
            .AddColumn(new TableColumn("tokens D").RightAligned())
            .AddColumn(new TableColumn("loss").RightAligned())
            .AddColumn(new TableColumn("rows").RightAligned());
        foreach (var f in d.Families)
        {
            AddRow(table, f.Name, Numbers.Count(f.Models), Sizes(f.Sizes),
                $"{Quantity.Format(f.Tokens.Min)}–{Quantity.Format(f.Tokens.Max)}",
                $"{Numbers.Value(f.Loss.Min)}–{Numbers.Value(f.Loss.Max)}",
                Numbers.Count(f.Rows));
        }
        console.Write(table);
    }

    public static object ListJson(string directory, IReadOnlyList<DatasetSummary> datasets) =>
        new ListDocument(directory, [.. datasets.Select(d => new ListEntry(
            d.Info.Name, d.Info.Title, d.Info.Loss, d.Info.Source, d.Info.Licence, Files(d), d.Rows,
            [.. d.Families.Select(f => f.Name)]))]);

    public static object ShowJson(DatasetSummary d) =>
        new ShowDocument(d.Info.Name, d.Info.Title, d.Info.Loss, d.Info.Source, d.Info.Licence, d.Info.Notes, d.Directory,
            Files(d), d.Rows, [.. d.Families.Select(f => new FamilyJson(f.Name, f.Models, f.Rows, f.Sizes, f.Tokens, f.Loss))]);

    private static IReadOnlyList<FileJson> Files(DatasetSummary d) => [.. d.Files.Select(f => new FileJson(f.File, f.Present))];

    private static string Families(IReadOnlyList<FamilySummary> families) =>
        families.Count <= ListedFamilies
            ? string.Join(", ", families.Select(f => f.Name))
            : $"{families.Count} ({families[0].Name} … {families[^1].Name})";

    private static string Sizes(IReadOnlyList<double> sizes) =>
        sizes.Count <= ListedSizes
            ? string.Join(", ", sizes.Select(s => Quantity.Format(s)))
            : $"{sizes.Count} sizes, {Quantity.Format(sizes[0])}–{Quantity.Format(sizes[^1])}";

    // Plain text, not markup: Spectre would read a "[" in a cell as the start of a style.
    private static void AddRow(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)).ToArray());

    private sealed record ListDocument(string DataDirectory, IReadOnlyList<ListEntry> Datasets);

    private sealed record ListEntry(string Name, string Title, string Loss, string Source, string Licence,
        IReadOnlyList<FileJson> Files, int? Rows, IReadOnlyList<string> Families);

    private sealed record ShowDocument(string Name, string Title, string Loss, string Source, string Licence, string Notes,
        string DataDirectory, IReadOnlyList<FileJson> Files, int? Rows, IReadOnlyList<FamilyJson> Families);

    private sealed record FileJson(string Path, bool Present);

    private sealed record FamilyJson(string Name, int Models, int Rows, IReadOnlyList<double> Sizes, ValueRange Tokens, ValueRange Loss);
}
