namespace ScalingLaws.Tests.Cli;

/// <summary>
/// The cost of a run on <c>scaling optimal</c>: GPU-hours = C / (peak · MFU) / 3600 with the H100's dense BF16 peak of
/// 989 TFLOP/s (its datasheet's 1,979 with sparsity, halved), days over the GPUs, dollars at the price; budgets in
/// GPU-hours or dollars; and the input errors.
/// </summary>
public sealed class CostCommandTests
{
    private const double H100 = 989e12;

    [Fact]
    public void Chinchillas_budget_on_1024_H100s()
    {
        var json = ScalingProcess.Run("optimal", "--law", "chinchilla", "--flops", "5.76e23", "--gpu", "H100", "--mfu", "0.4", "--gpus", "1024", "--price", "2", "--json").AssertSuccess().Json;

        var row = Assert.Single(json["rows"]!.AsArray())!;
        var gpuHours = 5.76e23 / (H100 * 0.4) / 3600;
        Near.Relative(gpuHours, Near.Number(row["gpuHours"]), 1e-12, "GPU-hours");
        Near.Relative(gpuHours / 1024 / 24, Near.Number(row["days"]), 1e-12, "days");
        Near.Relative(gpuHours * 2, Near.Number(row["dollars"]), 1e-12, "dollars");
        Assert.Equal("H100", json["cost"]!["gpu"]!.GetValue<string>());
        Assert.Equal(H100, Near.Number(json["cost"]!["peakFlops"]));
    }

    [Fact]
    public void Without_a_count_or_a_price_only_the_GPU_hours()
    {
        var row = ScalingProcess.Run("optimal", "--law", "chinchilla", "--flops", "1e23", "--gpu", "a100", "--mfu", "0.5", "--json").AssertSuccess().Json["rows"]![0]!;

        Near.Relative(1e23 / (312e12 * 0.5) / 3600, Near.Number(row["gpuHours"]), 1e-12, "A100 GPU-hours");
        Assert.Null(row["days"]);
        Assert.Null(row["dollars"]);
    }

    [Fact]
    public void A_budget_in_GPU_hours_or_dollars_buys_the_same_FLOPs()
    {
        var byHours = ScalingProcess.Run("optimal", "--law", "chinchilla", "--gpu-hours", "100000", "--gpu", "H100", "--mfu", "0.4", "--json").AssertSuccess().Json["rows"]![0]!;
        var byDollars = ScalingProcess.Run("optimal", "--law", "chinchilla", "--dollars", "250000", "--gpu", "H100", "--mfu", "0.4", "--price", "2.5", "--json").AssertSuccess().Json["rows"]![0]!;

        var flops = 100000 * 3600 * H100 * 0.4;
        Near.Relative(flops, Near.Number(byHours["flops"]), 1e-12, "FLOPs from GPU-hours");
        Near.Relative(flops, Near.Number(byDollars["flops"]), 1e-12, "FLOPs from dollars");
        Near.Relative(100000, Near.Number(byHours["gpuHours"]), 1e-12, "round trip");
    }

    [Theory]
    [InlineData("--mfu", "1.5")]
    [InlineData("--mfu", "0")]
    public void MFU_outside_0_to_1_is_refused(string option, string value)
    {
        ScalingProcess.Run("optimal", "--law", "chinchilla", "--flops", "1e23", "--gpu", "H100", option, value)
            .AssertInputError($"--mfu {value}", "must lie in (0, 1]");
    }

    [Fact]
    public void An_unknown_GPU_lists_the_known_ones()
    {
        ScalingProcess.Run("optimal", "--law", "chinchilla", "--flops", "1e23", "--gpu", "V100", "--mfu", "0.4")
            .AssertInputError("--gpu V100: unknown GPU", "A100, H100, H200, B200");
    }

    [Fact]
    public void A_budget_in_two_units_is_refused()
    {
        ScalingProcess.Run("optimal", "--law", "chinchilla", "--flops", "1e23", "--dollars", "1e6", "--gpu", "H100", "--mfu", "0.4", "--price", "2")
            .AssertInputError("give the budget in one unit", "--flops and --dollars");
    }

    [Fact]
    public void Dollars_need_a_price_and_cost_options_need_a_GPU()
    {
        ScalingProcess.Run("optimal", "--law", "chinchilla", "--dollars", "1e6", "--gpu", "H100", "--mfu", "0.4")
            .AssertInputError("a budget in dollars needs the price per GPU-hour", "--price");
        ScalingProcess.Run("optimal", "--law", "chinchilla", "--flops", "1e23", "--mfu", "0.4")
            .AssertInputError("give --gpu too");
        ScalingProcess.Run("optimal", "--law", "chinchilla", "--flops", "1e23", "--gpu", "H100")
            .AssertInputError("--gpu H100 needs --mfu");
    }

    [Fact]
    public void Inference_costs_training_and_serving_the_inference_aware_model()
    {
        var json = ScalingProcess.Run("inference", "--law", "chinchilla", "--target-loss", "2.0", "--inference-tokens", "2e12",
            "--gpu", "H100", "--mfu", "0.4", "--gpus", "1024", "--price", "2", "--json").AssertSuccess().Json;

        var (n, d) = (Near.Number(json["params"]), Near.Number(json["tokens"]));
        var cost = json["cost"]!;
        Near.Relative(6 * n * d / (H100 * 0.4) / 3600, Near.Number(cost["training"]!["gpuHours"]), 1e-12, "training GPU-hours");
        Near.Relative(2 * n * 2e12 / (H100 * 0.4) / 3600, Near.Number(cost["serving"]!["gpuHours"]), 1e-12, "serving GPU-hours");
        Near.Relative(2 * Near.Number(cost["serving"]!["gpuHours"]), Near.Number(cost["serving"]!["dollars"]), 1e-12, "serving dollars");
    }

    [Fact]
    public void Plan_costs_the_sweep_and_the_target()
    {
        var json = ScalingProcess.Run("plan", "--params", "7B", "--tokens", "2T", "--sweep-budget", "0.1", "--evidence", "none",
            "--gpu", "H100", "--mfu", "0.4", "--price", "2", "--json").AssertSuccess().Json;

        var cost = json["cost"]!;
        Near.Relative(Near.Number(json["totalFlops"]) / (H100 * 0.4) / 3600, Near.Number(cost["sweep"]!["gpuHours"]), 1e-12, "sweep GPU-hours");
        Near.Relative(6 * 7e9 * 2e12 / (H100 * 0.4) / 3600, Near.Number(cost["target"]!["gpuHours"]), 1e-12, "target GPU-hours");
        Near.Relative(2 * Near.Number(cost["target"]!["gpuHours"]), Near.Number(cost["target"]!["dollars"]), 1e-12, "target dollars");
    }
}
