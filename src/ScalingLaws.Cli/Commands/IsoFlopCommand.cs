using System.CommandLine;
using ScalingLaws.Cli.Options;
using ScalingLaws.Cli.Rendering;
using ScalingLaws.Planning;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling isoflop FILE</c>: Chinchilla's Approach 2, a parabola per compute budget and N_opt ∝ C^a through the vertices.</summary>
internal static class IsoFlopCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        var grouping = new BudgetOptions();
        var bootstrap = new BootstrapOptions("the runs within each budget");
        var json = new Option<bool>("--json") { Description = "Print the analysis as one JSON object." };

        var command = new Command("isoflop", "Chinchilla's Approach 2: fit a parabola of loss against ln N per compute budget, and N_opt ∝ C^a through the minima.\n\nExample:\n  scaling isoflop runs.csv --budgets 6e18,1e19,3e19,6e19,1e20 --bootstrap 1000");
        reading.AddTo(command);
        grouping.AddTo(command);
        bootstrap.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parse => CommandRunner.Run(console, cancellation =>
        {
            var loaded = reading.LoadSelected(parse);
            var table = loaded.Table;
            var analysis = grouping.CreateAnalysis(parse);
            var result = analysis.Run(table);
            var resamples = bootstrap.Count(parse);
            var uncertainty = resamples > 0
                ? new IsoFlopBootstrap(resamples, parse.GetValue(bootstrap.Seed)).Run(result, cancellation: cancellation)
                : null;
            if (parse.GetValue(json))
                console.Out.WriteLine(SelectionJson.Serialize(IsoFlopView.Json(result, uncertainty), loaded));
            else
                IsoFlopView.Write(console.Ansi, table, analysis, result, uncertainty);
            return 0;
        }));
        return command;
    }
}
