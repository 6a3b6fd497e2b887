namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling datasets list|show NAME|path|get NAME</c>: the public datasets, where their files are looked for, and downloading them.</summary>
internal static class DatasetsCommand
{
    public static Command Create(CliConsole console) => new Command("datasets",
        "The public scaling-law datasets: tables of runs that every command taking FILE also takes as --dataset NAME, loss curves for " +
        "'scaling curve', and files to read as FILE.\n\n" +
        "Example:\n  scaling datasets list\n  scaling datasets show opt\n  scaling datasets path\n  scaling datasets get opt\n  scaling fit --dataset chinchilla --drop-highest-loss 5")
    {
        List(console), Show(console), PathCommand(console), DatasetsGetCommand.Create(console)
    };

    private static Command List(CliConsole console)
    {
        var dataDir = CommonOptions.DataDir();
        var json = CommonOptions.Json();
        var command = new Command("list", "List the datasets: families, rows and what the loss column holds.\n\nExample:\n  scaling datasets list --data-dir ../shared/data")
        {
            dataDir, json
        };
        return command.Runs(console, (parse, _) =>
        {
            var directory = DataDirectory.Resolve(parse.GetValue(dataDir));
            var summaries = DatasetSummary.Catalog.Select(d => DatasetSummary.Of(d.Info, d.Kind, directory)).ToList();
            console.Answer(parse.GetValue(json),
                () => CliJson.Serialize(DatasetsView.ListJson(directory, summaries)),
                ansi => DatasetsView.WriteList(ansi, directory, summaries));
            return 0;
        });
    }

    private static Command Show(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The dataset, e.g. opt (see 'scaling datasets list')." };
        var dataDir = CommonOptions.DataDir();
        var json = CommonOptions.Json();
        var command = new Command("show", "Describe one dataset: source, licence, files, families with their sizes and token ranges.\n\nExample:\n  scaling datasets show pythia")
        {
            name, dataDir, json
        };
        return command.Runs(console, (parse, _) =>
        {
            var (info, kind) = DatasetSummary.Find(parse.GetValue(name)!);
            var summary = DatasetSummary.Of(info, kind, DataDirectory.Resolve(parse.GetValue(dataDir)));
            console.Answer(parse.GetValue(json), () => CliJson.Serialize(DatasetsView.ShowJson(summary)), ansi => DatasetsView.WriteShow(ansi, summary));
            return 0;
        });
    }

    private static Command PathCommand(CliConsole console)
    {
        var dataDir = CommonOptions.DataDir();
        var json = CommonOptions.Json();
        var command = new Command("path",
            "Where the data folder is looked for, in order (--data-dir, $" + DataDirectory.EnvironmentVariable + ", the per-user folder, ../shared/data beside the " +
            "repository), which of those exist, and which one is used.\n\nExample:\n  scaling datasets path\n  SCALING_DATA=~/data scaling datasets path")
        {
            dataDir, json
        };
        return command.Runs(console, (parse, _) =>
        {
            var places = DataDirectory.Places(parse.GetValue(dataDir));
            var used = Used(parse.GetValue(dataDir));
            console.Answer(parse.GetValue(json),
                () => CliJson.Serialize(DatasetsView.PathJson(places, used)),
                ansi => DatasetsView.WritePath(ansi, places, used));
            return 0;
        });
    }

    // The folder that would be used, or null when none is found: 'datasets path' reports that rather than failing.
    private static string? Used(string? option)
    {
        try
        {
            return DataDirectory.Resolve(option);
        }
        catch (ScalingLawsException)
        {
            return null;
        }
    }

}
