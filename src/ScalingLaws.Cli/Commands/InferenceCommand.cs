namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling inference</c>: the model that reaches a loss with the least training plus inference
/// compute (Sardana et al. 2023), against the Chinchilla-optimal model of the same loss; with 95% intervals when the
/// law file holds a bootstrap; with a GPU, what training and serving it cost.
/// </summary>
internal static class InferenceCommand
{
    public static Command Create(CliConsole console)
    {
        var laws = new LawOptions();
        var costs = new CostOptions();
        var targetLoss = QuantityOption.Optional("--target-loss", "The loss the model must reach, e.g. 2.0.");
        targetLoss.Required = true;
        var inferenceTokens = new Option<string>("--inference-tokens") { Description = "Tokens the model will serve over its life, e.g. 2e12.", Required = true };
        var json = CommonOptions.Json();

        var command = new Command("inference", "Size a model for a target loss counting the compute of serving it.\n\nExample:\n  scaling inference --law-file fit.json --target-loss 2.0 --inference-tokens 2e12")
        {
            laws, targetLoss, inferenceTokens, json
        };
        costs.AddTo(command, budgets: false);
        return command.Runs(console, (parse, _) =>
        {
            var (source, law, bootstrap, predictive) = laws.OpenChinchillaPredictive(parse, "inference");
            var loss = parse.GetValue(targetLoss)!.Value;
            var served = ServedTokens(parse.GetValue(inferenceTokens)!);
            var cost = costs.Settings(parse);
            // A loss whose Chinchilla-optimal model holds less than one parameter sized 1.26e-12 parameters, exit 0, before round 16.
            OptimalRow.Reachable(loss, law);
            var result = InferenceAwareSizing.Solve(law, loss, served);
            // With a bootstrap in the law file, the same sizing under every resample gives the intervals.
            var spread = bootstrap is null ? null : InferenceAwareSizing.SolveEach(new AllocationUncertainty(bootstrap), loss, served);
            var distance = predictive is null ? null : AllocationDistance.Of(predictive, [result.Params, result.Tokens]);
            console.Answer(parse.GetValue(json),
                () => InferenceView.Json(result, spread, cost, distance).ToJsonString(CliJson.Options),
                ansi => InferenceView.Write(ansi, source, result, spread, cost, distance));
            return 0;
        });
    }

    // Zero is a model never served; below zero is no count of tokens.
    private static double ServedTokens(string text)
    {
        var served = OptionValues.Number(text, $"--inference-tokens {text}");
        return served >= 0
            ? served
            : throw new ScalingLawsException($"--inference-tokens {text}: a count of tokens served is zero or more; give the tokens the model will serve over its life, e.g. 2e12.");
    }
}
