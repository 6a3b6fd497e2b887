using ScalingLaws.Downstream;
using ScalingLaws.IO.Downstream;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling downstream backtest</c>: fit the smaller models (or every run's earlier checkpoints) past the early cut,
/// predict the held-out final scores by the two-step chain (sigmoid and exponential) and the direct law, against the
/// largest fitted model's (or the last fitted checkpoint's) score.
/// </summary>
internal static class DownstreamBacktestCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new TaskDataOptions();
        var upTo = new Option<string>("--fit-up-to") { HelpName = "N", Description = "Fit models up to this size, e.g. 1.5B; predict the final checkpoint of every larger run." };
        var fraction = QuantityOption.Optional(
            "--fit-fraction", "Instead of --fit-up-to: fit every run's checkpoints up to this fraction of its final tokens, e.g. 0.5; predict each run's final score.", "P");
        var minTokens = DownstreamCommand.MinTokens("Fit only checkpoints trained on at least this many tokens (the estimation guide's early cut).");
        var json = CommonOptions.Json();
        var command = new Command("backtest",
            "Backtest accuracy prediction: fit every law to the models up to --fit-up-to (checkpoints past --min-tokens), predict the final scores of the larger runs,\n" +
            "and report each method's mean absolute error in accuracy points and 95%-interval coverage, against the largest fitted model's score.\n" +
            "With --fit-fraction P, fit every run's checkpoints up to P of its final tokens instead, and predict each run's final score against its last fitted checkpoint's.\n" +
            "The two-step chain fits a Chinchilla law to the same rows' loss and measures its extrapolation error as 'fit --out' does.\n\n" +
            "Example:\n  scaling downstream backtest --dataset pythia-tasks --task all --fit-up-to 1.5B\n  scaling downstream backtest --dataset pythia-tasks --task all --fit-fraction 0.5")
        {
            data, upTo, fraction, minTokens, json
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var split = Split(parse.GetValue(upTo), parse.GetValue(fraction), DownstreamCommand.MinTokens(parse, minTokens));
            var (table, request) = data.Load(parse);
            var tasks = data.Tasks(parse, table, request);
            if (split.Targets(tasks[0]).Count == 0)
                throw new ScalingLawsException(split is SizeSplit
                    ? $"--fit-up-to {parse.GetValue(upTo)}: no run is larger, so nothing is held out; fit fewer sizes."
                    : $"--fit-fraction {QuantityFormat.Constant(parse.GetValue(fraction)!.Value)}: no run has a checkpoint past --min-tokens within that fraction; fit a larger fraction or lower --min-tokens.");
            // Before: "task 'piqa' (acc) has no rows", where the early cut had dropped every checkpoint of the fitted sizes.
            if (split is SizeSplit size && !tasks[0].Rows.Any(size.Fits))
                throw new ScalingLawsException(tasks[0].Rows.Where(r => r.Params <= size.MaxFittedParams).Select(r => r.Tokens).DefaultIfEmpty().Max() is var longest and > 0
                    ? $"--fit-up-to {parse.GetValue(upTo)}: no model up to that size has a checkpoint past --min-tokens {Quantity.Format(size.MinTokens)} (the longest has {Quantity.Format(longest)} tokens), so nothing is fitted; lower --min-tokens (0 keeps every checkpoint) or fit larger sizes."
                    : $"--fit-up-to {parse.GetValue(upTo)}: no model is that small (the smallest has {Quantity.Format(tasks[0].Rows.Min(r => r.Params))} parameters), so nothing is fitted; fit larger sizes.");
            var lossRows = tasks.FirstOrDefault(t => t.HasLoss) is { } withLoss ? split.Fitted(withLoss) : null;
            // The fit's own refusal offers --fix, which this command does not take.
            if (lossRows is not null && lossRows.Count < ChinchillaLaw.Instance.ParameterCount)
                throw new ScalingLawsException($"{table.Source}: the two-step chain fits a chinchilla loss law ({ChinchillaLaw.Instance.ParameterCount} parameters) to the fitted rows, " +
                    $"but the split keeps {QuantityFormat.Counted(lossRows.Count, "row")}; fit more sizes or checkpoints (a larger --fit-up-to or --fit-fraction, a lower --min-tokens).");
            var lossLaw = lossRows is null ? null : LossLaw.Fit(ChinchillaLaw.Instance, lossRows, cancellation);
            var results = tasks.Select(t => DownstreamBacktest.Run(t, split, lossLaw, cancellation)).ToList();
            console.Answer(parse.GetValue(json),
                () => CliJson.Serialize(DownstreamBacktestView.Json(results, lossLaw)),
                ansi => DownstreamBacktestView.Write(ansi, table.Source, split, lossLaw, results));
            return 0;
        });
    }

    /// <summary>The size protocol (--fit-up-to) or the temporal one (--fit-fraction): exactly one of them.</summary>
    private static DownstreamSplit Split(string? upTo, double? fraction, double minTokens) => (upTo, fraction) switch
    {
        (not null, not null) => throw new ScalingLawsException("give --fit-up-to or --fit-fraction, not both."),
        (not null, null) => new SizeSplit(OptionValues.Positive(upTo, $"--fit-up-to {upTo}"), minTokens),
        (null, not null) => new CheckpointSplit(fraction.Value, minTokens),
        _ => throw new ScalingLawsException("nothing held out: give --fit-up-to N (fit the smaller models) or --fit-fraction P (fit each run's first P of its tokens)."),
    };
}
