namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling plan run</c>: the recipe's numbers agree with optimal, hparams and the cost formula.</summary>
public sealed class PlanRunCommandTests
{
    [Fact]
    public void Data_constrained_recipe_with_cost()
    {
        var json = ScalingProcess.Run("plan", "run", "--law", "data-constrained", "--flops", "9.26e21", "--unique-tokens", "25B",
            "--context", "2048", "--gpu", "H100", "--mfu", "0.4", "--gpus", "256", "--price", "2", "--json").AssertSuccess().Json;

        var allocation = json["allocation"]!;
        Near.Relative(6.803e9, Near.Number(allocation["params"]), 1e-3, "N*");
        Assert.Equal(9.07, Near.Number(allocation["epochs"]), 0.01);
        var (n, d) = (Near.Number(allocation["params"]), Near.Number(allocation["tokens"]));
        Near.Relative(1.79 * Math.Pow(n, -0.713) * Math.Pow(d, 0.307), Near.Number(json["learningRate"]), 1e-12, "Step Law η at N*, D*");
        var batch = 0.58 * Math.Pow(d, 0.571);
        Near.Relative(batch, Near.Number(json["batchTokens"]), 1e-12, "Step Law B at D*");
        Near.Relative(batch / 2048, Near.Number(json["batchSequences"]), 1e-12, "sequences");
        Near.Relative(d / batch, Near.Number(json["steps"]), 1e-12, "steps");
        var gpuHours = 9.26e21 / (989e12 * 0.4) / 3600;
        Near.Relative(gpuHours / 256 / 24, Near.Number(allocation["days"]), 1e-12, "days");
        Assert.Contains("Muennighoff", json["sources"]!["allocation"]!.GetValue<string>());
    }

    [Fact]
    public void A_target_loss_gives_the_least_compute_reaching_it()
    {
        var json = ScalingProcess.Run("plan", "run", "--law", "chinchilla", "--target-loss", "2.0", "--json").AssertSuccess().Json;

        var allocation = json["allocation"]!;
        Assert.Equal("loss", allocation["given"]!.GetValue<string>());
        var (n, d) = (Near.Number(allocation["params"]), Near.Number(allocation["tokens"]));
        Assert.Equal(2.0, 1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28), 1e-9);
    }

    [Fact]
    public void One_budget_in_one_unit()
    {
        ScalingProcess.Run("plan", "run", "--law", "chinchilla", "--flops", "1e21", "--target-loss", "2.0")
            .AssertInputError("give one budget (--flops, --gpu-hours or --dollars) or one --target-loss");
        ScalingProcess.Run("plan", "run", "--law", "chinchilla", "--flops", "1e21", "--gpu-hours", "1000", "--gpu", "H100", "--mfu", "0.4")
            .AssertInputError("give the budget in one unit", "--flops and --gpu-hours");
    }
}
