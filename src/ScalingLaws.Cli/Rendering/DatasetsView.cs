using Spectre.Console;

namespace ScalingLaws.Cli.Rendering;

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
            .AddColumn("use")
            .AddColumn("title")
            .AddColumn("families or runs")
            .AddColumn(new TableColumn("rows").RightAligned())
            .AddColumn("loss");
        foreach (var d in datasets)
        {
            var families = !d.Complete ? "" : d.Runs is { } runs ? $"{Numbers.Count(runs)} runs" : Families(d.Families);
            var rows = d.Rows is { } count ? Numbers.Count(count) : d.Complete ? "" : "files missing";
            AddRow(table, d.Info.Name, Use(d.Kind), d.Info.Title, families, rows, d.Info.Loss);
        }
        console.Write(table);
        console.MarkupLine(Markup.Escape("--dataset NAME stands in for FILE, e.g. scaling fit --dataset chinchilla --drop-highest-loss 5; loss curves: scaling curve compare --dataset multipower-400M; " +
            "files: give their path as FILE. Details and sources: scaling datasets show NAME. Where the files are looked for: scaling datasets path."));
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
        if (!d.Complete)
        {
            console.MarkupLine(Markup.Escape($"Some files are missing, so the rows cannot be counted; get them from {info.Source}."));
            return;
        }
        if (d.Rows is not { } rows)
        {
            console.MarkupLine(Markup.Escape($"Read it as FILE: give the path of a file above to any command that takes FILE."));
            return;
        }
        if (d.Runs is { } runs)
        {
            console.MarkupLine(Markup.Escape($"{Numbers.Count(rows)} points in {Numbers.Count(runs)} runs; use it with scaling curve fit|compare|predict --dataset {info.Name}"));
            return;
        }
        console.MarkupLine(Markup.Escape($"{Numbers.Count(rows)} rows in {QuantityFormat.Counted(d.Families.Count, "family", "families")}"));
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

    /// <summary>The places the data folder is looked for, in order, marking the one used.</summary>
    public static void WritePath(IAnsiConsole console, IReadOnlyList<DataPlace> places, string? used)
    {
        console.MarkupLine(Markup.Escape("The data folder is the first of these that is given or exists:"));
        var (from, where) = (places.Max(p => p.From.Length), places.Max(p => Where(p).Length));
        for (var i = 0; i < places.Count; i++)
            console.MarkupLine(Markup.Escape($"  {i + 1}. {places[i].From.PadRight(from)}  {Where(places[i]).PadRight(where)}  {State(places[i], used)}".TrimEnd()));
        var missing = places.FirstOrDefault(p => p.Required && !p.Exists);
        console.MarkupLine(Markup.Escape(
            used is not null ? $"Using {used}."
            : missing is not null ? $"{missing.From} names {missing.Path}, which {(File.Exists(missing.Path) ? "is a file, not a folder" : "does not exist")}: a folder you name must exist, so fix it or leave it out."
            : $"None was found; {DataDirectory.HowToGet}."));
    }

    public static PathDocument PathJson(IReadOnlyList<DataPlace> places, string? used) =>
        new PathDocument(used, [.. places.Select(p => new PlaceJson(p.From, p.Given, p.Path, p.Path is not null && p.Exists, p.Path is not null && p.Path == used))]);

    private static string Where(DataPlace place) => place.Path ?? place.Given ?? (place.From.StartsWith('$') ? "not set" : "not given");

    private static string State(DataPlace place, string? used) =>
        place.Path is null ? "" : place.Path == used ? "exists, used" : place.Exists ? "exists" : "missing";

    public static ListDocument ListJson(string directory, IReadOnlyList<DatasetSummary> datasets) =>
        new ListDocument(directory, [.. datasets.Select(d => new ListEntry(
            d.Info.Name, Use(d.Kind), d.Info.Title, d.Info.Loss, d.Info.Source, d.Info.Licence, Files(d), d.Rows, d.Runs,
            [.. d.Families.Select(f => f.Name)]))]);

    public static ShowDocument ShowJson(DatasetSummary d) =>
        new ShowDocument(d.Info.Name, d.Info.Title, d.Info.Loss, d.Info.Source, d.Info.Licence, d.Info.Notes, d.Directory,
            Files(d), d.Rows, [.. d.Families.Select(f => new DatasetFamilyJson(f.Name, f.Models, f.Rows, f.Sizes, f.Tokens, f.Loss))]);

    private static string Use(DatasetKind kind) => kind switch
    {
        DatasetKind.Runs => "runs",
        DatasetKind.Curves => "loss curves",
        _ => "file",
    };

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

    internal sealed record ListDocument(string DataDirectory, IReadOnlyList<ListEntry> Datasets);

    internal sealed record ListEntry(string Name, string Use, string Title, string Loss, string Source, string Licence,
        IReadOnlyList<FileJson> Files, int? Rows, int? Runs, IReadOnlyList<string> Families);

    internal sealed record ShowDocument(string Name, string Title, string Loss, string Source, string Licence, string Notes,
        string DataDirectory, IReadOnlyList<FileJson> Files, int? Rows, IReadOnlyList<DatasetFamilyJson> Families);

    internal sealed record FileJson(string Path, bool Present);

    internal sealed record PathDocument(string? Used, IReadOnlyList<PlaceJson> Places);

    internal sealed record PlaceJson(string From, string? Given, string? Path, bool Exists, bool Used);

    internal sealed record DatasetFamilyJson(string Name, int Models, int Rows, IReadOnlyList<double> Sizes, ValueRange Tokens, ValueRange Loss);
}
