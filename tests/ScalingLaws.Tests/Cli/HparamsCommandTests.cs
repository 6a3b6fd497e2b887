using System.Globalization;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling hparams</c>: the published learning-rate and batch-size laws against the worked values of issue 17
/// (Step Law, Li et al. 2025; DeepSeek LLM 2024, eq. 1), and what each law needs.
/// </summary>
public sealed class HparamsCommandTests : WithTempFolder
{
    [Fact]
    public void Step_law_at_7B_parameters_and_1_4T_tokens()
    {
        var json = ScalingProcess.Run("hparams", "--law", "step-law", "--params", "7e9", "--tokens", "1.4e12", "--json").AssertSuccess().Json;

        Near.Relative(9.17e-4, Near.Number(json["learningRate"]), 1e-3, "η = 1.79·N^−0.713·D^0.307");
        Near.Relative(5.00e6, Near.Number(json["batchTokens"]), 1e-3, "B = 0.58·D^0.571");
        Near.Relative(1.79 * Math.Pow(7e9, -0.713) * Math.Pow(1.4e12, 0.307), Near.Number(json["learningRate"]), 1e-12, "the formula");
    }

    [Fact]
    public void DeepSeek_at_1e21_FLOPs()
    {
        var json = ScalingProcess.Run("hparams", "--law", "deepseek", "--flops", "1e21", "--json").AssertSuccess().Json;

        Near.Relative(7.39e-4, Near.Number(json["learningRate"]), 1e-3, "η = 0.3118·C^−0.125");
        Near.Relative(2.16e6, Near.Number(json["batchTokens"]), 2e-3, "B = 0.2920·C^0.3271");
        Assert.Contains("non-embedding FLOPs per token", json["source"]!.GetValue<string>());
    }

    [Fact]
    public void A_context_length_gives_the_batch_in_sequences()
    {
        var json = ScalingProcess.Run("hparams", "--law", "step-law", "--params", "7B", "--flops", "5.88e22", "--context", "4096", "--json").AssertSuccess().Json;

        Near.Relative(1.4e12, Near.Number(json["tokens"]), 1e-12, "D = C/(6N)");
        Near.Relative(Near.Number(json["batchTokens"]) / 4096, Near.Number(json["batchSequences"]), 1e-12, "sequences");
    }

    [Fact]
    public void Each_law_says_what_it_reads()
    {
        ScalingProcess.Run("hparams", "--law", "step-law", "--params", "7B").AssertInputError("--law step-law reads the model size and the tokens");
        ScalingProcess.Run("hparams", "--law", "deepseek", "--tokens", "1T").AssertInputError("--law deepseek reads the compute");
        ScalingProcess.Run("hparams", "--law", "chinchilla", "--flops", "1e21").AssertInputError("--law 'chinchilla': unknown choice; give one of step-law, deepseek");
    }

    /// <summary>A sweep whose loss is an exact bowl around Step Law's optimum in each of 2 × 3 cells: the fit gives Step Law back.</summary>
    [Fact]
    public void A_sweep_file_is_fitted_and_read_at_the_point()
    {
        var lines = new List<string> { "params,tokens,lr,batch_tokens,loss" };
        foreach (var n in new[] { 1e8, 1e9 })
        {
            foreach (var d in new[] { 2e9, 2e10, 2e11 })
            {
                var (lr0, b0) = (1.79 * Math.Pow(n, -0.713) * Math.Pow(d, 0.307), 0.58 * Math.Pow(d, 0.571));
                foreach (var fl in new[] { 0.5, 1, 2 })
                {
                    foreach (var fb in new[] { 0.5, 1, 2 })
                    {
                        var (x, y) = (Math.Log(fl), Math.Log(fb));
                        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{n:R},{d:R},{lr0 * fl:R},{b0 * fb:R},{3 + 0.02 * x * x + 0.01 * x * y + 0.015 * y * y:R}"));
                    }
                }
            }
        }
        var file = temp.Write("sweep.csv", string.Join("\n", lines) + "\n");

        var json = ScalingProcess.Run("hparams", "--sweep", file, "--params", "7e9", "--tokens", "1.4e12", "--json").AssertSuccess().Json;

        Near.Relative(9.17e-4, Near.Number(json["learningRate"]), 1e-3, "the fitted law at 7B, 1.4T");
        Near.Relative(0.571, Near.Number(json["sweep"]!["batch"]!["exponents"]![0]), 1e-9, "batch exponent");
        Assert.Equal(6, json["sweep"]!["optima"]!.AsArray().Count);
        Assert.Equal("fitted", json["law"]!.GetValue<string>());
    }

    [Fact]
    public void A_sweep_without_its_columns_or_with_a_law_too_is_refused()
    {
        var file = temp.Write("runs.csv", "params,tokens,loss\n1e8,2e9,3.1\n");
        ScalingProcess.Run("hparams", "--sweep", file).AssertInputError("a sweep needs a 'lr' column");
        ScalingProcess.Run("hparams", "--sweep", file, "--law", "step-law").AssertInputError("--law and --sweep together: --law takes a law's published constants and --sweep fits them to your runs; give one of them");
    }
}
