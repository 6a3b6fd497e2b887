using System.CommandLine;
using System.Text.Json;
using ScalingLaws.Cli.Rendering;
using ScalingLaws.IO.Datasets;
using ScalingLaws.IO.LawFiles;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling datasets list|show NAME</c>: the public datasets that <c>--dataset NAME</c> loads.</summary>
internal static class DatasetsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("datasets",
            "The public scaling-law datasets that every command taking FILE also takes as --dataset NAME.\n\n" +
            "Example:\n  scaling datasets list\n  scaling datasets show opt\n  scaling fit --dataset chinchilla --drop-highest-loss 5");
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Show(console));
        return command;
    }

    private static Command List(CliConsole console)
    {
        var dataDir = DataDirOption();
        var json = new Option<bool>("--json") { Description = "Print the list as one JSON object." };
        var command = new Command("list", "List the datasets: families, rows and what the loss column holds.\n\nExample:\n  scaling datasets list --data-dir ../shared/data");
        command.Options.Add(dataDir);
        command.Options.Add(json);
        command.SetAction(parse => CommandRunner.Run(console, _ =>
        {
            var directory = DataDirectory.Resolve(parse.GetValue(dataDir));
            var summaries = DatasetCatalog.All.Select(d => DatasetSummary.Of(d, directory)).ToList();
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(DatasetsView.ListJson(directory, summaries), LawFile.JsonOptions));
            else
                DatasetsView.WriteList(console.Ansi, directory, summaries);
            return 0;
        }));
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The dataset, e.g. opt (see 'scaling datasets list')." };
        var dataDir = DataDirOption();
        var json = new Option<bool>("--json") { Description = "Print the description as one JSON object." };
        var command = new Command("show", "Describe one dataset: source, licence, files, families with their sizes and token ranges.\n\nExample:\n  scaling datasets show pythia");
        command.Arguments.Add(name);
        command.Options.Add(dataDir);
        command.Options.Add(json);
        command.SetAction(parse => CommandRunner.Run(console, _ =>
        {
            var info = DatasetCatalog.Find(parse.GetValue(name)!);
            var summary = DatasetSummary.Of(info, DataDirectory.Resolve(parse.GetValue(dataDir)));
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(DatasetsView.ShowJson(summary), LawFile.JsonOptions));
            else
                DatasetsView.WriteShow(console.Ansi, summary);
            return 0;
        }));
        return command;
    }

    private static Option<string?> DataDirOption() => new("--data-dir")
    {
        HelpName = "DIR",
        Description = $"Folder holding the datasets (default: ${DataDirectory.EnvironmentVariable}, else ../shared/data beside the repository).",
    };
}
