namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling optimal</c>: the compute-optimal model size and data for budgets, target losses or
/// model sizes under a Chinchilla law, with Kaplan's allocation beside it; under the data-constrained
/// law, for budgets with limited unique tokens; with a GPU, what each run costs.
/// </summary>
internal static class OptimalCommand
{
    public static Command Create(CliConsole console)
    {
        var laws = new LawOptions();
        var costs = new CostOptions();
        var flops = ValueList.Create("--flops", "Compute budgets C in FLOPs, e.g. 1e21 5.76e23 (several allowed).");
        var targetLoss = QuantityOption.List("--target-loss", "Losses to reach with the least compute, e.g. 2.0 (several allowed).");
        var modelParams = ValueList.Create("--params", "Model sizes N to find the optimal budget for, e.g. 67B (several allowed).");
        var unique = new Option<string?>("--unique-tokens") { Description = "Unique tokens U the data holds, e.g. 25B: allocate under the data-constrained law (--law data-constrained), repeating the data where that pays." };
        var json = CommonOptions.Json();

        var command = new Command("optimal", "Compute-optimal model size N* and tokens D* under a Chinchilla law, or under the data-constrained law with --unique-tokens; with --gpu and --mfu, the GPU-hours, days and dollars of each run.\n\nExample:\n  scaling optimal --law-file fit.json --flops 1e21 5.76e23 --target-loss 2.0 --params 67B\n  scaling optimal --law data-constrained --flops 9.26e21 --unique-tokens 25B\n  scaling optimal --law chinchilla --flops 5.76e23 --gpu H100 --mfu 0.4 --gpus 1024 --price 2")
        {
            laws, flops, targetLoss, modelParams, unique, json, costs
        };
        RenamedOption.Add(command, "--model-params", "--params");
        return command.Runs(console, (parse, _) =>
        {
            var (source, law, values, bootstrap, predictive, _) = laws.OpenPredictive(parse);
            var cost = costs.Settings(parse);
            var budgets = costs.Budgets(parse, flops, cost);
            // A value given twice is one question, answered once (as the budgets are).
            double[] losses = [.. (parse.GetValue(targetLoss) ?? []).Distinct()];
            double[] sizes = [.. ValueList.Counts(parse, modelParams).Distinct()];
            if (budgets.Length + losses.Length + sizes.Length == 0)
                throw new ScalingLawsException("give at least one of --flops, --target-loss or --params (a budget may be --gpu-hours or --dollars instead of --flops), e.g. --flops 5.76e23.");
            var report = OptimalRows.Build(source, law, values, bootstrap, predictive, budgets, losses, sizes, OptionValues.Count(parse, unique), cost, "optimal");
            foreach (var warning in OptimalView.Beyond(report))
                console.Error.WriteLine(warning);
            console.Answer(parse.GetValue(json), () => CliJson.Serialize(report), ansi => OptimalView.Write(ansi, source, report, bootstrap, predictive,
                predictive is not null && UnseenFloor.Collapsed(law, values, predictive.Ranges)));
            return 0;
        });
    }
}
