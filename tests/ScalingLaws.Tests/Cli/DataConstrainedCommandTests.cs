namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling predict</c> and <c>scaling optimal</c> with the data-constrained law and --unique-tokens.</summary>
public sealed class DataConstrainedCommandTests : WithTempFolder
{
    [Fact]
    public void Fitting_it_needs_a_unique_tokens_column()
    {
        var file = temp.Write("runs.csv", "params,tokens,loss\n1e8,2e9,3.5\n3e8,6e9,3.1\n1e9,2e10,2.8\n");

        ScalingProcess.Run("fit", file, "--law", "data-constrained").AssertInputError("the table has no unique_tokens column");
    }

    [Fact]
    public void Predict_reproduces_the_authors_worked_value()
    {
        var json = ScalingProcess.Run("predict", "--law", "data-constrained", "--params", "6.34e9", "--tokens", "242e9", "--unique-tokens", "25e9", "--json").AssertSuccess().Json;

        var prediction = Assert.Single(json["predictions"]!.AsArray())!;
        Assert.Equal(2.2256440889984477, Near.Number(prediction["loss"]), 1e-9);
        Assert.Equal(25e9, Near.Number(prediction["uniqueTokens"]));
        Assert.Equal(242.0 / 25, Near.Number(prediction["epochs"]), 1e-12);
    }

    [Fact]
    public void Predict_without_unique_tokens_says_which_option_is_missing()
    {
        ScalingProcess.Run("predict", "--law", "data-constrained", "--params", "6.34e9", "--tokens", "242e9")
            .AssertInputError("the data-constrained law needs", "--unique-tokens");
    }

    [Fact]
    public void Predict_refuses_more_unique_tokens_than_tokens_planned()
    {
        ScalingProcess.Run("predict", "--law", "data-constrained", "--params", "1B", "--tokens", "20B", "--unique-tokens", "25B")
            .AssertInputError("--unique-tokens 25B is more than the 20B tokens planned");
    }

    [Fact]
    public void Optimal_allocates_under_the_limit_and_says_what_it_costs()
    {
        var json = ScalingProcess.Run("optimal", "--law", "data-constrained", "--flops", "9.26e21", "--unique-tokens", "25B", "--json").AssertSuccess().Json;

        var row = Assert.Single(json["rows"]!.AsArray())!;
        Near.Relative(6.803e9, Near.Number(row["params"]), 1e-3, "N*");
        Near.Relative(2.269e11, Near.Number(row["tokens"]), 1e-3, "D*");
        Assert.Equal(9.07, Near.Number(row["epochs"]), 0.01);
        Assert.Equal(2.22527, Near.Number(row["loss"]), 1e-5);
        Near.Relative(8.87e9, Near.Number(row["unlimited"]!["params"]), 1e-3, "unlimited N*");
        Assert.Equal(Near.Number(row["loss"]) - Near.Number(row["unlimited"]!["loss"]), Near.Number(row["lossCost"]), 1e-12);

        var text = ScalingProcess.Run("optimal", "--law", "data-constrained", "--flops", "9.26e21", "--unique-tokens", "25B").AssertSuccess().Stdout;
        Assert.Contains("9.07 epochs; the limit costs 0.0329 in loss (2.22527 against 2.19235 with unlimited data", text);
    }

    [Fact]
    public void A_law_file_says_how_far_the_allocation_lies_beyond_its_runs_counting_the_unique_tokens()
    {
        // Muennighoff et al.'s constants with an extrapolation block over runs of 100M–1.6B parameters, 1B–64B tokens, 1B–25B unique.
        var path = Path.Combine(temp.FullName, "dc.json");
        File.WriteAllText(path, "{\"version\": 1, \"law\": \"data-constrained\", \"params\": {\"E\": 1.8691436784054858, \"A\": 520.8249516599187, \"B\": 1487.716093782861, \"alpha\": 0.3526596, \"beta\": 0.3526596, \"RD\": 15.387756, \"RN\": 5.309743}, " +
            "\"status\": \"converged\", \"extrapolation\": {\"ranges\": {\"params\": [1e8, 1.6e9], \"tokens\": [1e9, 6.4e10], \"uniquetokens\": [1e9, 2.5e10]}, " +
            "\"sigma0\": 0.015, \"slope\": 0.014, \"multiplier\": 2.9, \"source\": \"prior\", \"order\": null, \"cutPoints\": 0, \"runs\": 5}}");

        var row = Assert.Single(ScalingProcess.Run("optimal", "--law-file", path, "--flops", "9.26e21", "--unique-tokens", "25B", "--json").AssertSuccess().Json["rows"]!.AsArray())!;
        var text = ScalingProcess.Run("plan", "run", "--law-file", path, "--flops", "9.26e21", "--unique-tokens", "25B").AssertSuccess().Stdout;

        // N* = 6.8B is 4.25× the largest fitted run's 1.6B; D* = 227B 3.5× its 64B; U = 25B is inside.
        Near.Relative(Near.Number(row["params"]) / 1.6e9, Near.Number(row["extrapolation"]!["params"]), 1e-12, "N's factor");
        Near.Relative(Near.Number(row["tokens"]) / 6.4e10, Near.Number(row["extrapolation"]!["tokens"]), 1e-12, "D's factor");
        Assert.Equal(1, Near.Number(row["extrapolation"]!["uniqueTokens"]));
        Assert.Contains("Beyond the fitted runs: N is 4.3× the largest fitted run; D is 3.5× the largest fitted run", text);
    }

    [Fact]
    public void A_target_loss_gets_the_least_compute_under_the_limit_or_says_it_is_out_of_reach()
    {
        var row = ScalingProcess.Run("optimal", "--law", "data-constrained", "--target-loss", "2.2252668847465946", "--unique-tokens", "25B", "--json")
            .AssertSuccess().Json["rows"]![0]!;

        Assert.Equal("loss", row["given"]!.GetValue<string>());
        Near.Relative(9.26e21, Near.Number(row["flops"]), 1e-6, "the budget whose optimum has this loss");
        ScalingProcess.Run("optimal", "--law", "data-constrained", "--target-loss", "1.9", "--unique-tokens", "25B")
            .AssertInputError("--target-loss 1.9 is out of reach with --unique-tokens 25B", "below 2.1559");
    }

    [Fact]
    public void Unique_tokens_need_the_data_constrained_law()
    {
        ScalingProcess.Run("optimal", "--law", "chinchilla", "--flops", "1e21", "--unique-tokens", "25B")
            .AssertInputError("--unique-tokens needs the data-constrained law");
    }

    [Fact]
    public void The_data_constrained_law_needs_the_unique_tokens_and_a_budget()
    {
        ScalingProcess.Run("optimal", "--law", "data-constrained", "--flops", "1e21")
            .AssertInputError("give --flops (or --gpu-hours, --dollars) or --target-loss, and --unique-tokens");
        ScalingProcess.Run("optimal", "--law", "data-constrained", "--params", "7B", "--unique-tokens", "25B")
            .AssertInputError("give --flops (or --gpu-hours, --dollars) or --target-loss, and --unique-tokens");
    }
}
