using System.CommandLine;
using ScalingLaws.Cli.Options;
using ScalingLaws.Cli.Rendering;
using ScalingLaws.Downstream;
using ScalingLaws.IO.Downstream;
using ScalingLaws.Laws;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling downstream backtest</c>: fit the smaller models past the early cut, predict the final scores of the larger
/// ones by the two-step chain (sigmoid and exponential) and the direct law, against the largest fitted model's score.
/// </summary>
internal static class DownstreamBacktestCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new TaskDataOptions();
        var upTo = new Option<string>("--fit-up-to") { HelpName = "N", Description = "Fit models up to this size, e.g. 1.5B; predict the final checkpoint of every larger run.", Required = true };
        var minTokens = new Option<string>("--min-tokens") { Description = "Fit only checkpoints trained on at least this many tokens (the estimation guide's early cut).", DefaultValueFactory = _ => "10B" };
        var json = new Option<bool>("--json") { Description = "Print the backtest as one JSON object." };
        var command = new Command("backtest",
            "Backtest accuracy prediction: fit every law to the models up to --fit-up-to (checkpoints past --min-tokens), predict the final scores of the larger runs,\n" +
            "and report each method's mean absolute error in accuracy points and 95%-interval coverage, against the largest fitted model's score.\n" +
            "The two-step chain fits a Chinchilla law to the same rows' loss and measures its extrapolation error as 'fit --out' does.\n\n" +
            "Example:\n  scaling downstream backtest --dataset pythia-tasks --task all --fit-up-to 1.5B");
        data.AddTo(command);
        foreach (var option in new Option[] { upTo, minTokens, json })
            command.Options.Add(option);
        command.SetAction(parse => CommandRunner.Run(console, cancellation =>
        {
            var split = new DownstreamSplit(
                OptionValues.Positive(parse.GetValue(upTo)!, $"--fit-up-to {parse.GetValue(upTo)}"),
                OptionValues.Number(parse.GetValue(minTokens)!, $"--min-tokens {parse.GetValue(minTokens)}"));
            var (table, request) = data.Load(parse);
            var tasks = data.Tasks(parse, table, request);
            if (split.Targets(tasks[0]).Count == 0)
                throw new ScalingLawsException($"--fit-up-to {parse.GetValue(upTo)}: no run is larger, so nothing is held out; fit fewer sizes.");
            var lossRows = tasks.FirstOrDefault(t => t.HasLoss)?.Where(split.IsFitted);
            var lossLaw = lossRows is null ? null : LossLaw.Fit(ChinchillaLaw.Instance, lossRows, cancellation);
            var results = tasks.Select(t => DownstreamBacktest.Run(t, split, lossLaw, cancellation)).ToList();
            if (parse.GetValue(json))
                console.Out.WriteLine(AccuracyLawFile.Serialize(DownstreamBacktestView.Json(results, lossLaw)));
            else
                DownstreamBacktestView.Write(console.Ansi, table.Source, split, lossLaw, results);
            return 0;
        }));
        return command;
    }
}
