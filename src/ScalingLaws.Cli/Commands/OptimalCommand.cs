using System.CommandLine;
using System.Text.Json;
using ScalingLaws.Cli.Options;
using ScalingLaws.Cli.Rendering;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Planning;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling optimal</c>: the compute-optimal model size and data for budgets, target losses or
/// model sizes under a Chinchilla law, with Kaplan's allocation beside it.
/// </summary>
internal static class OptimalCommand
{
    public static Command Create(CliConsole console)
    {
        var laws = new LawOptions();
        var flops = ValueList.Create("--flops", "Compute budgets C in FLOPs, e.g. 1e21 5.76e23 (several allowed).");
        var targetLoss = ValueList.Create("--target-loss", "Losses to reach with the least compute, e.g. 2.0 (several allowed).");
        var modelParams = ValueList.Create("--params", "Model sizes N to find the optimal budget for, e.g. 67B (several allowed).");
        var json = new Option<bool>("--json") { Description = "Print the allocations as one JSON object." };

        var command = new Command("optimal", "Compute-optimal model size N* and tokens D* under a Chinchilla law.\n\nExample:\n  scaling optimal --law-file fit.json --flops 1e21 5.76e23 --target-loss 2.0 --params 67B");
        laws.AddTo(command);
        foreach (var option in new Option[] { flops, targetLoss, modelParams, json })
            command.Options.Add(option);
        RenamedOption.Add(command, "--model-params", "--params");
        command.SetAction(parse => CommandRunner.Run(console, _ =>
        {
            var (source, law, bootstrap, predictive) = laws.OpenChinchillaPredictive(parse, "optimal");
            var budgets = ValueList.Parse(parse, flops, OptionValues.Positive);
            var losses = ValueList.Parse(parse, targetLoss, OptionValues.Number);
            var sizes = ValueList.Parse(parse, modelParams, OptionValues.Positive);
            if (budgets.Length + losses.Length + sizes.Length == 0)
                throw new ScalingLawsException("give at least one of --flops, --target-loss or --params, e.g. --flops 5.76e23.");
            var spread = bootstrap is null ? null : new AllocationUncertainty(bootstrap);
            var rows = budgets.Select(c => OptimalRow.ForFlops(c, law, spread))
                .Concat(losses.Select(l => OptimalRow.ForLoss(l, law, spread)))
                .Concat(sizes.Select(n => OptimalRow.ForParams(n, law, spread)))
                .Select(row => predictive is null ? row : row.WithPredictiveLoss(predictive))
                .ToList();
            var report = OptimalReport.Of(law, rows);
            if (parse.GetValue(json))
                console.Out.WriteLine(JsonSerializer.Serialize(report, LawFile.JsonOptions));
            else
                OptimalView.Write(console.Ansi, source, report, bootstrap, predictive);
            return 0;
        }));
        return command;
    }
}
