namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling plan run</c>: the whole recipe for one training run from a budget (FLOPs, GPU-hours or dollars) or a
/// target loss: N, D, epochs, learning rate, batch, steps, the predicted loss and the cost, each with its source.
/// </summary>
internal static class PlanRunCommand
{
    public static Command Create(CliConsole console)
    {
        var laws = new LawOptions();
        var costs = new CostOptions();
        var flops = ValueList.Create("--flops", "The compute budget C in FLOPs, e.g. 5.76e23.");
        var targetLoss = QuantityOption.Optional("--target-loss", "A loss to reach with the least compute instead of a budget, e.g. 2.0 (Chinchilla law).");
        var unique = new Option<string?>("--unique-tokens") { Description = "Unique tokens U the data holds, e.g. 25B (data-constrained law)." };
        var context = new Option<int?>("--context") { Description = "Tokens per sequence, for the batch in sequences, e.g. 4096." };
        var json = CommonOptions.Json();

        var command = new Command("run", "The recipe for one training run: N, D, epochs, learning rate and batch (Step Law), steps, the predicted loss and the cost, and the law behind each number.\n\nExample:\n  scaling plan run --law data-constrained --flops 9.26e21 --unique-tokens 25B --context 2048 --gpu H100 --mfu 0.4 --gpus 256 --price 2")
        {
            laws, flops, targetLoss, unique, context, json, costs
        };
        return command.Runs(console, (parse, _) =>
        {
            var (source, law, values, bootstrap, predictive, _) = laws.OpenPredictive(parse);
            var cost = costs.Settings(parse);
            var budgets = costs.Budgets(parse, flops, cost);
            double[] losses = parse.GetValue(targetLoss) is { } loss ? [loss] : [];
            if (budgets.Length + losses.Length != 1)
                throw new ScalingLawsException("give one budget (--flops, --gpu-hours or --dollars) or one --target-loss, e.g. --flops 5.76e23.");
            var uniqueTokens = OptionValues.Count(parse, unique);
            if (parse.GetValue(context) is <= 0)
                throw new ScalingLawsException($"--context {parse.GetValue(context)}: give the tokens per sequence as a positive whole number, e.g. 4096.");
            var report = OptimalRows.Build(source, law, values, bootstrap, predictive, budgets, losses, [], uniqueTokens, cost, "plan run");
            foreach (var warning in OptimalView.Beyond(report))
                console.Error.WriteLine(warning);
            var recipe = RunRecipe.Of(source, report, parse.GetValue(context));
            console.Answer(parse.GetValue(json), () => CliJson.Serialize(recipe), recipe.Write);
            return 0;
        });
    }
}
