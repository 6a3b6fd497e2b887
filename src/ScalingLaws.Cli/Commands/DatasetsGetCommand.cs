namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling datasets get NAME [--to DIR] [--mirror URL]</c>: downloads a dataset's files from their public sources into
/// the per-user data folder (or DIR), resumable and checked against the recorded SHA-256 (<see cref="DatasetDownload"/>).
/// </summary>
internal static class DatasetsGetCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The dataset, e.g. opt (see 'scaling datasets list')." };
        var to = new Option<string?>("--to")
        {
            HelpName = "DIR",
            Description = $"Folder to download into (default: ${DataDirectory.EnvironmentVariable}, else $XDG_DATA_HOME/scaling or ~/.local/share/scaling, where every command looks).",
        };
        var mirror = new Option<string?>("--mirror")
        {
            HelpName = "URL",
            Description = "Download from URL/<file path> instead of each file's public source: a copy of a data folder served over HTTP " +
                "(the only way to get the files converted from their source, e.g. Pythia's).",
        };
        var quiet = CommonOptions.Quiet();
        var command = new Command("get",
            "Download a dataset's files from the public repositories they were published in (shared/data/README.md), into the data folder. " +
            "Each file is checked against its recorded SHA-256 and appears whole or not at all; an interrupted download resumes where it stopped " +
            "when run again; files already there with the right checksum are kept.\n\n" +
            "Example:\n  scaling datasets get chinchilla\n  scaling datasets get multipower-400M --to data\n  scaling fit --dataset opt --data-dir data")
        {
            name, to, mirror, quiet
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var (info, _) = DatasetSummary.Find(parse.GetValue(name)!);
            var folder = Folder(parse.GetValue(to));
            var from = Mirror(parse.GetValue(mirror));
            using var http = new HttpClient();
            http.DefaultRequestHeaders.UserAgent.ParseAdd($"scaling/{typeof(DatasetsGetCommand).Assembly.GetName().Version?.ToString(3)}");
            IReadOnlyList<DatasetDownload.Outcome> outcomes;
            using (var bar = ProgressBar.For(console, parse.GetValue(quiet)))
                outcomes = new DatasetDownload(http, bar).Get(info, folder, from, cancellation);
            foreach (var outcome in outcomes)
                console.Out.WriteLine(Line(outcome));
            console.Out.WriteLine($"{info.Name}: {QuantityFormat.Counted(outcomes.Count, "file")} in {folder}, SHA-256 checked; use it with --data-dir {folder} (or set ${DataDirectory.EnvironmentVariable}).");
            return 0;
        });
    }

    // A folder, made when missing; what is already there under the name must be one.
    private static string Folder(string? to)
    {
        if (to is null)
            return Path.GetFullPath(DataDirectory.DownloadFolder());
        if (string.IsNullOrWhiteSpace(to))
            throw new ScalingLawsException($"--to '{to}': no folder named; give the folder to download into, or leave the option out for {DataDirectory.DownloadFolder()}.");
        var folder = Path.GetFullPath(to);
        if (!Directory.Exists(folder) && Path.Exists(folder))
            throw new ScalingLawsException($"--to {to}: {folder} is a file, not a folder; name a folder to download into (it is made when missing).");
        // 'runs.csv/data' was .NET's "Could not find a part of the path": no folder can be made inside a file.
        var existing = Path.GetDirectoryName(folder);
        while (existing is not null && !Path.Exists(existing))
            existing = Path.GetDirectoryName(existing);
        return existing is null || Directory.Exists(existing)
            ? folder
            : throw new ScalingLawsException($"--to {to}: {existing} is a file, so no folder can be made inside it; name a folder to download into.");
    }

    // The client takes only absolute http(s) addresses; anything else would fail inside it with .NET's words.
    private static string? Mirror(string? mirror) =>
        mirror is null || (Uri.TryCreate(mirror, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? mirror
            : throw new ScalingLawsException($"--mirror {mirror}: not an http:// or https:// address; give the address of a copy of a data folder served over HTTP, e.g. https://example.org/scaling-data.");

    private static string Line(DatasetDownload.Outcome outcome)
    {
        var file = outcome.File;
        if (outcome.Url is null)
            return $"kept {file.Path}: already there";
        var resumed = outcome.ResumedFrom > 0 ? $", resumed after {outcome.ResumedFrom:N0}" : "";
        return $"got {file.Path}: {file.Bytes:N0} bytes from {outcome.Url}{resumed}";
    }
}
