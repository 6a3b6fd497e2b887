using ScalingLaws.Downstream;
using ScalingLaws.IO.Downstream;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling downstream predict</c>: accuracy from a saved accuracy law, at given losses, or in two steps from a loss law
/// at (N, D), or at (N, D) for the direct law; each with its 95% interval.
/// </summary>
internal static class DownstreamPredictCommand
{
    public static Command Create(CliConsole console)
    {
        var lawFile = new Option<string>("--law-file") { Description = "An accuracy-law file written by 'scaling downstream fit --out'.", Required = true };
        var loss = ValueList.Create("--loss", "Losses to predict at, in the law's loss (several allowed).");
        var lossFile = new Option<string?>("--law-file-loss") { Description = "A loss law written by 'scaling fit --out': the chain's first step, L(N, D) with its predictive interval." };
        var parameters = ValueList.Create("--params", "Model sizes N, e.g. 12B (several allowed).");
        var tokens = ValueList.Create("--tokens", "Training tokens D, e.g. 300B (several allowed).");
        var json = CommonOptions.Json();
        var command = new Command("predict",
            "Predict a task's accuracy from a saved accuracy law: at --loss values, or in two steps from a loss law (--law-file-loss, --params, --tokens),\n" +
            "or at --params and --tokens for the direct law. The two-step interval carries both steps: the loss law's predictive interval pushed\n" +
            "through the accuracy law, plus the accuracy law's own (parameters and the scatter of single scores).\n\n" +
            "Example:\n  scaling downstream predict --law-file piqa.json --loss 2.1\n  scaling downstream predict --law-file piqa.json --law-file-loss fit.json --params 12B --tokens 300B")
        {
            lawFile, loss, lossFile, parameters, tokens, json
        };
        return command.Runs(console, (parse, _) =>
        {
            var path = parse.GetValue(lawFile)!;
            var accuracy = AccuracyLawFile.Read(path);
            if (!accuracy.Predictable)
                throw new ScalingLawsException($"{path}: task {accuracy.Task} {VerdictText.Describe(accuracy.Verdict)}; no accuracy is predicted from this law.");
            var losses = ValueList.Measures(parse, loss, OptionValues.Positive);
            // 1e308 was answered as an extrapolation, the accuracy at chance, exit 0.
            if (losses.FirstOrDefault(l => l > PlausibleLoss.Ceiling) is var absurd and > 0)
                throw new ScalingLawsException($"--loss {Numbers.Value(absurd)}: above {Quantity.FormatScientific(PlausibleLoss.Ceiling)}, which no model's loss is (a loss is a few nats, and a perplexity stays far below it); give the loss the accuracy law reads, e.g. 2.1.");
            var (sizes, counts) = (ValueList.Counts(parse, parameters), ValueList.Counts(parse, tokens));
            var predictions = Predict(path, accuracy, losses, parse.GetValue(lossFile), sizes, counts);
            console.Answer(parse.GetValue(json),
                () => CliJson.Serialize(new AccuracyPredictionsJson(accuracy.Task, accuracy.Metric, accuracy.Law.Name, [.. predictions.Select(DownstreamPredictView.Json)])),
                ansi => DownstreamPredictView.Write(ansi, path, accuracy, predictions));
            return 0;
        });
    }

    private static IReadOnlyList<(double Params, double Tokens, AccuracyPrediction Prediction)> Predict(
        string path, AccuracyFit accuracy, double[] losses, string? lossFile, double[] sizes, double[] counts)
    {
        var byLoss = accuracy.Law.Input == AccuracyInput.Loss;
        if (losses.Length > 0 && (lossFile is not null || sizes.Length > 0 || counts.Length > 0))
            throw new ScalingLawsException("give --loss L, or --law-file-loss FIT.json with --params and --tokens, not both.");
        if (losses.Length > 0)
        {
            return byLoss
                ? [.. losses.Distinct().Select(l => (double.NaN, double.NaN, accuracy.Predict(l)))]
                : throw new ScalingLawsException($"{path}: the direct law reads compute, not loss; give --params and --tokens.");
        }
        if (byLoss && lossFile is null)
            throw new ScalingLawsException($"{path}: the {accuracy.Law.Name} law reads a loss; give --loss L, or --law-file-loss FIT.json (a loss law from 'scaling fit --out') with --params and --tokens.");
        var lossLaw = lossFile is null ? null : OpenLossLaw(lossFile);
        var points = PredictionPoints.Build(lossLaw?.Law ?? ChinchillaLaw.Instance, sizes, counts, []);
        if (lossLaw is not null)
            LawOptions.Sourced(lossFile!, () => PlausibleLoss.Require(lossLaw.Law, lossLaw.Values, points));
        return [.. points.Select(p => (p.Params, p.Tokens, lossLaw is not null && byLoss
            ? TwoStepChain.Predict(lossLaw, accuracy, p.Params, p.Tokens)
            : accuracy.Predict(Data.Compute.Flops(p.Params, p.Tokens))))];
    }

    private static LossLaw OpenLossLaw(string path)
    {
        var document = LawFile.RequireUsable(LawFile.Read(path), path);
        var (law, values, _) = LawFile.Open(document, path);
        return new LossLaw(law, values, LawFile.OpenPredictive(document, law, path));
    }
}
