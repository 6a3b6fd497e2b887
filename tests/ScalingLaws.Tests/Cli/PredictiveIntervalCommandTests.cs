using System.Text.Json.Nodes;

namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling predict</c> and <c>scaling optimal</c> with law files that carry (or predate) an extrapolation model.</summary>
public sealed class PredictiveIntervalCommandTests : WithTempFolder
{
    private const string Params = "\"params\":{\"E\":1.69,\"A\":406.4,\"B\":410.7,\"alpha\":0.34,\"beta\":0.28}";

    // N fitted on 1e8..1e10 (2 decades), D on 1e9..1e11 (2 decades); σ(d) = sqrt(0.01² + (0.04·d)²), ×2.
    private const string Extrapolation =
        "\"extrapolation\":{\"ranges\":{\"params\":[1e8,1e10],\"tokens\":[1e9,1e11]},\"sigma0\":0.01,\"slope\":0.04,\"multiplier\":2," +
        "\"source\":\"backtest\",\"order\":\"params\",\"cutPoints\":9,\"runs\":40}";

    private static double Hoffmann(double n, double d) => 1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28);

    [Fact]
    public void Predict_json_gives_the_predictive_interval_and_the_factor_beyond_the_data()
    {
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{Extrapolation}}}");

        var prediction = ScalingProcess.Run("predict", "--law-file", file, "--params", "24T", "--tokens", "50B", "--json")
            .AssertSuccess().Json["predictions"]![0]!;

        var loss = Hoffmann(24e12, 50e9);
        Near.Relative(loss, Near.Number(prediction["loss"]), 1e-12, "loss");
        Near.Relative(2400, Near.Number(prediction["extrapolation"]!["params"]), 1e-12, "N factor");
        Assert.Equal(1, Near.Number(prediction["extrapolation"]!["tokens"]));
        Near.Relative(2400, Near.Number(prediction["extrapolation"]!["combined"]), 1e-12, "combined");
        var half = 2 * Math.Sqrt(0.01 * 0.01 + Math.Pow(0.04 * Math.Log10(2400) / 2, 2)); // d = 3.38 decades / 2-decade span
        var ci = prediction["ci95"]!.AsArray();
        Near.Relative(loss * Math.Exp(-half), Near.Number(ci[0]), 1e-9, "lower");
        Near.Relative(loss * Math.Exp(half), Near.Number(ci[1]), 1e-9, "upper");
        Assert.Null(prediction["paramCi95"]);
    }

    [Fact]
    public void Predict_text_names_the_interval_and_says_how_far_beyond_the_data()
    {
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{Extrapolation}}}");

        var output = ScalingProcess.Run("predict", "--law-file", file, "--params", "24T", "--tokens", "50B").AssertSuccess().Stdout.ReplaceLineEndings("");

        Assert.Contains("predictive 95% interval", output);
        Assert.Contains("N is 2,400× the largest fitted run", output);
        Assert.Contains("measured by backtests on the fitted table (9 cut points by params", output);
    }

    [Fact]
    public void With_a_bootstrap_both_intervals_are_given_and_the_predictive_one_is_wider()
    {
        double[][] samples = [[1.69, 406.4, 410.7, 0.34, 0.28], [1.72, 420, 400, 0.345, 0.279], [1.66, 390, 420, 0.335, 0.281], [1.70, 410, 415, 0.34, 0.282]];
        var bootstrap = $"\"bootstrap\":{{\"resamples\":4,\"seed\":1,\"converged\":4,\"params\":{{}},\"derived\":{{}},\"samples\":{JsonSerializerSamples(samples)}}}";
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{Extrapolation},{bootstrap}}}");

        var prediction = ScalingProcess.Run("predict", "--law-file", file, "--params", "70B", "--tokens", "1.4T", "--json")
            .AssertSuccess().Json["predictions"]![0]!;

        var (lower, upper) = (Near.Number(prediction["ci95"]![0]), Near.Number(prediction["ci95"]![1]));
        var (paramLower, paramUpper) = (Near.Number(prediction["paramCi95"]![0]), Near.Number(prediction["paramCi95"]![1]));
        Assert.True(lower < paramLower && paramUpper < upper, $"predictive [{lower}, {upper}] contains parameters-only [{paramLower}, {paramUpper}]");
        // Both inputs 7× and 14× beyond: d = (log10 7 + log10 14) / 2; the parameter term adds in quadrature.
        var d = (Math.Log10(7) + Math.Log10(14)) / 2;
        var sigmaParameters = (Math.Log(paramUpper) - Math.Log(paramLower)) / (2 * 1.959963984540054);
        var half = 2 * Math.Sqrt(0.01 * 0.01 + Math.Pow(0.04 * d, 2) + sigmaParameters * sigmaParameters);
        Near.Relative(half, Math.Log(upper / Near.Number(prediction["loss"])), 1e-9, "half-width on ln L");
    }

    [Fact]
    public void An_old_law_file_still_loads_and_says_it_has_no_predictive_interval()
    {
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params}}}");

        var json = ScalingProcess.Run("predict", "--law-file", file, "--params", "70B", "--tokens", "1.4T", "--json").AssertSuccess().Json["predictions"]![0]!;
        var text = ScalingProcess.Run("predict", "--law-file", file, "--params", "70B", "--tokens", "1.4T").AssertSuccess().Stdout;

        Near.Relative(Hoffmann(70e9, 1.4e12), Near.Number(json["loss"]), 1e-12, "loss");
        Assert.Null(json["ci95"]);
        Assert.Null(json["extrapolation"]);
        Assert.Contains("has no extrapolation model (an older law file)", text);
    }

    [Fact]
    public void A_broken_extrapolation_block_is_one_clear_line()
    {
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},\"extrapolation\":{{\"ranges\":{{\"params\":[1e8]}},\"sigma0\":0.01,\"slope\":0.04,\"multiplier\":2,\"source\":\"backtest\",\"cutPoints\":1,\"runs\":1}}}}");

        ScalingProcess.Run("predict", "--law-file", file, "--params", "70B", "--tokens", "1.4T").AssertInputError(file, "no valid range for params");
    }

    [Fact]
    public void Optimal_loss_intervals_are_predictive_and_keep_the_parameters_only_one()
    {
        double[][] samples = [[1.69, 406.4, 410.7, 0.34, 0.28], [1.72, 420, 400, 0.345, 0.279], [1.66, 390, 420, 0.335, 0.281], [1.70, 410, 415, 0.34, 0.282]];
        var bootstrap = $"\"bootstrap\":{{\"resamples\":4,\"seed\":1,\"converged\":4,\"params\":{{}},\"derived\":{{}},\"samples\":{JsonSerializerSamples(samples)}}}";
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{Extrapolation},{bootstrap}}}");

        var row = ScalingProcess.Run("optimal", "--law-file", file, "--flops", "5.76e23", "--json").AssertSuccess().Json["rows"]![0]!;

        var ci = row["ci95"]!;
        var (lower, upper) = (Near.Number(ci["loss"]![0]), Near.Number(ci["loss"]![1]));
        var (paramLower, paramUpper) = (Near.Number(ci["paramLoss"]![0]), Near.Number(ci["paramLoss"]![1]));
        Assert.True(lower < paramLower && paramUpper < upper, $"predictive [{lower}, {upper}] contains parameters-only [{paramLower}, {paramUpper}]");
        Assert.InRange(Near.Number(row["loss"]), lower, upper);
    }

    [Fact]
    public void Optimal_under_a_fit_whose_E_collapsed_reaches_up_to_the_loss_at_the_edge_of_the_data()
    {
        double[][] samples = [[1e-9, 406.4, 410.7, 0.34, 0.28], [2e-9, 420, 400, 0.345, 0.279], [1e-9, 390, 420, 0.335, 0.281], [3e-9, 410, 415, 0.34, 0.282]];
        var bootstrap = $"\"bootstrap\":{{\"resamples\":4,\"seed\":1,\"converged\":4,\"params\":{{}},\"derived\":{{}},\"samples\":{JsonSerializerSamples(samples)}}}";
        var collapsed = Params.Replace("\"E\":1.69", "\"E\":1e-9", StringComparison.Ordinal);
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{collapsed},{Extrapolation},{bootstrap}}}");

        var row = ScalingProcess.Run("optimal", "--law-file", file, "--flops", "5.76e23", "--json").AssertSuccess().Json["rows"]![0]!;

        // Chinchilla's budget lies beyond N ≤ 1e10 and D ≤ 1e11: the upper end is the law at (1e10, 1e11).
        Near.Relative(Hoffmann(1e10, 1e11) - 1.69 + 1e-9, Near.Number(row["ci95"]!["loss"]![1]), 1e-9, "upper end at the edge of the data");
        var text = ScalingProcess.Run("optimal", "--law-file", file, "--flops", "5.76e23").AssertSuccess().Stdout;
        Assert.Contains("an interval beyond them reaches up to the law's loss at the edge of the data", string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Predict_says_when_tokens_per_parameter_lies_outside_the_fitted_range()
    {
        var withRatio = Extrapolation.Replace("\"tokens\":[1e9,1e11]}", "\"tokens\":[1e9,1e11],\"tokensPerParam\":[4,1000]}", StringComparison.Ordinal);
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{withRatio}}}");
        var old = temp.Write("old.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{Extrapolation}}}");

        // N and D both inside their ranges, D/N = 0.1 below the smallest fitted 4.
        var json = ScalingProcess.Run("predict", "--law-file", file, "--params", "10B", "--tokens", "1B", "--json").AssertSuccess().Json["predictions"]![0]!;
        var text = ScalingProcess.Run("predict", "--law-file", file, "--params", "10B", "--tokens", "1B").AssertSuccess().Stdout.ReplaceLineEndings("");
        var before = ScalingProcess.Run("predict", "--law-file", old, "--params", "10B", "--tokens", "1B", "--json").AssertSuccess().Json["predictions"]![0]!;

        Near.Relative(40, Near.Number(json["extrapolation"]!["tokensPerParam"]), 1e-12, "D/N factor");
        Assert.Equal(1, Near.Number(json["extrapolation"]!["params"]));
        Assert.Contains("D/N = 0.1 is 40× below the smallest fitted (4), which the interval does not allow for.", text);
        Assert.Equal(Near.Number(json["ci95"]![1]), Near.Number(before["ci95"]![1]), 12); // the error model's distance does not count it
        Assert.Null(before["extrapolation"]!["tokensPerParam"]); // a file written before the D/N range was stored
    }

    [Fact]
    public void A_malformed_tokens_per_parameter_range_is_refused_in_one_line()
    {
        var bad = Extrapolation.Replace("\"tokens\":[1e9,1e11]}", "\"tokens\":[1e9,1e11],\"tokensPerParam\":[40,4]}", StringComparison.Ordinal);
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{bad}}}");

        ScalingProcess.Run("predict", "--law-file", file, "--params", "10B", "--tokens", "1B")
            .AssertInputError("the extrapolation block's tokensPerParam range is not [smallest, largest] positive numbers");
    }

    [Fact]
    public void Fit_out_stores_the_tokens_per_parameter_range_of_a_law_of_N_and_D()
    {
        // Five sizes, each trained on 10, 20 and 40 tokens per parameter, on the law above with ±0.3% of deterministic noise.
        var rows = from n in new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9 }
                   from ratio in new[] { 10.0, 20.0, 40.0 }
                   select $"{n:R},{n * ratio:R},{Hoffmann(n, n * ratio) * (1 + 0.003 * Math.Sin(n / 1e8 + ratio)):R}";
        var data = temp.Write("runs.csv", "params,tokens,loss\n" + string.Join("\n", rows) + "\n");
        var law = Path.Combine(temp.FullName, "law.json");

        ScalingProcess.Run("fit", data, "--out", law).AssertSuccess();

        var ranges = JsonNode.Parse(File.ReadAllText(law))!["extrapolation"]!["ranges"]!;
        Near.Relative(10, Near.Number(ranges["tokensPerParam"]![0]), 1e-12, "smallest D/N");
        Near.Relative(40, Near.Number(ranges["tokensPerParam"]![1]), 1e-12, "largest D/N");
    }

    [Fact]
    public void A_run_length_model_gives_the_interval_of_a_fitted_size_trained_longer()
    {
        // The main model (σ0 0.01, k 0.04, ×2) for a step beyond the fitted sizes; the run-length one (σ0 0.02, k 0.3, ×2.5) for
        // N inside its range and D 10× beyond: d = 1 decade / the 2 decades D spans = 0.5.
        var longer = Extrapolation[..^1] + ",\"longer\":{\"sigma0\":0.02,\"slope\":0.3,\"multiplier\":2.5,\"cutPoints\":5,\"runs\":30}}";
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{longer}}}");

        var predictions = ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "24T", "--tokens", "1T", "50B", "--json")
            .AssertSuccess().Json["predictions"]!.AsArray();

        double HalfWidth(JsonNode p) => Math.Log(Near.Number(p["ci95"]![1]) / Near.Number(p["loss"]));
        Near.Relative(2.5 * Math.Sqrt(0.02 * 0.02 + Math.Pow(0.3 * 0.5, 2)), HalfWidth(predictions[0]!), 1e-9, "fitted size, 10× the tokens");
        Near.Relative(2 * Math.Sqrt(0.01 * 0.01 + Math.Pow(0.04 * Math.Log10(2400) / 2, 2)), HalfWidth(predictions[1]!), 1e-9, "beyond the sizes");
        Assert.Equal("run-length", predictions[0]!["errorModels"]![0]!.GetValue<string>());
        Assert.Equal("params", predictions[1]!["errorModels"]![0]!.GetValue<string>());
        var text = ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "--tokens", "1T").AssertSuccess().Stdout.ReplaceLineEndings("");
        Assert.Contains("for fitted sizes trained longer, σ(d) = sqrt(0.02² + (0.3·d)²)", text);
    }

    [Fact]
    public void A_compute_model_gives_the_interval_of_a_run_beyond_every_fitted_budget()
    {
        // Fitted compute 6e17 … 6e21 (4 decades); beside the run-length model (σ0 0.02, k 0.3, ×2.5), a compute model (σ0 0.03, k 0.05, ×2.2).
        // 1B params on 1T tokens (C = 6e21, the largest fitted) is a fitted size trained longer: the run-length model. On 2T tokens
        // (C twice the largest) it lies beyond every fitted budget: the compute model, at d = max(D 20× beyond its 2 decades, C 2× beyond
        // its 4) = log10(20)/2. 1B on 10B tokens lies inside every range: the main model at d = 0.
        var extrapolation = Extrapolation.Replace("\"tokens\":[1e9,1e11]}", "\"tokens\":[1e9,1e11],\"compute\":[6e17,6e21]}", StringComparison.Ordinal)[..^1]
            + ",\"longer\":{\"sigma0\":0.02,\"slope\":0.3,\"multiplier\":2.5,\"cutPoints\":5,\"runs\":30}"
            + ",\"costlier\":{\"sigma0\":0.03,\"slope\":0.05,\"multiplier\":2.2,\"cutPoints\":4,\"runs\":40}}";
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{extrapolation}}}");

        var predictions = ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "1B", "--tokens", "1T", "10B", "--json")
            .AssertSuccess().Json["predictions"]!.AsArray();

        double HalfWidth(JsonNode p) => Math.Log(Near.Number(p["ci95"]![1]) / Near.Number(p["loss"]));
        Assert.Equal(["run-length"], predictions[0]!["errorModels"]!.AsArray().Select(m => m!.GetValue<string>()));
        predictions = ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "1B", "--tokens", "2T", "10B", "--json")
            .AssertSuccess().Json["predictions"]!.AsArray();
        var d = Math.Log10(20) / 2;
        Near.Relative(2.2 * Math.Sqrt(0.03 * 0.03 + Math.Pow(0.05 * d, 2)), HalfWidth(predictions[0]!), 1e-9, "beyond every fitted budget");
        Near.Relative(2 * 0.01, HalfWidth(predictions[1]!), 1e-9, "inside the data");
        Assert.Equal(["flops"], predictions[0]!["errorModels"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(["params"], predictions[1]!["errorModels"]!.AsArray().Select(m => m!.GetValue<string>()));
        var text = ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "--tokens", "2T").AssertSuccess().Stdout.ReplaceLineEndings("");
        Assert.Contains("for runs beyond every fitted run's compute, σ(d) = sqrt(0.03² + (0.05·d)²)", string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void An_unknown_backtest_order_is_one_clear_line()
    {
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{Extrapolation.Replace("\"order\":\"params\"", "\"order\":\"sideways\"", StringComparison.Ordinal)}}}");

        ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "--tokens", "1T")
            .AssertInputError("the extrapolation block's order 'sideways' is none of params, tokens, flops, run-length, tokens-per-param");
    }

    [Theory]
    [InlineData("costlier", "{\"sigma0\":0.03,\"slope\":-1,\"multiplier\":2.2,\"cutPoints\":4,\"runs\":40}", "the compute error model (sigma0 0.03, slope -1, multiplier 2.2, cutPoints 4, runs 40) is not valid")]
    [InlineData("longer", "{\"sigma0\":-0.02,\"slope\":0.3,\"multiplier\":2.5,\"cutPoints\":5,\"runs\":30}", "the run-length error model (sigma0 -0.02, slope 0.3, multiplier 2.5, cutPoints 5, runs 30) is not valid")]
    [InlineData("undertrained", "{\"sigma0\":0.05,\"slope\":0.2,\"multiplier\":0,\"cutPoints\":6,\"runs\":25}", "the tokens-per-parameter error model (sigma0 0.05, slope 0.2, multiplier 0, cutPoints 6, runs 25) is not valid")]
    [InlineData("longer", "{\"sigma0\":0.02,\"slope\":0.3,\"multiplier\":2.5,\"cutPoints\":-5,\"runs\":30}", "the run-length error model (sigma0 0.02, slope 0.3, multiplier 2.5, cutPoints -5, runs 30) is not valid")]
    public void A_broken_second_error_model_is_one_clear_line(string block, string model, string message)
    {
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{Extrapolation[..^1]},\"{block}\":{model}}}}}");

        ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "--tokens", "1T").AssertInputError(message);
    }

    [Fact]
    public void An_undertrained_model_adds_its_error_for_a_run_with_fewer_tokens_per_parameter_than_any_fitted()
    {
        // D/N fitted on 10..100 (1 decade); the tokens-per-parameter model σ0 0.05, k 0.2, ×3. 1B params on 1B tokens lies inside
        // the N and D ranges (main σ = σ0 = 0.01) but at D/N = 1, 10× below: d = 1, σ = sqrt(0.05² + 0.2²), added in quadrature
        // under the larger multiplier. 1B on 1T tokens lies above the D/N range and keeps the main model (D 10× beyond its 2 decades: d = 0.5).
        var undertrained = Extrapolation.Replace("\"tokens\":[1e9,1e11]}", "\"tokens\":[1e9,1e11],\"tokensPerParam\":[10,100]}", StringComparison.Ordinal)[..^1]
            + ",\"undertrained\":{\"sigma0\":0.05,\"slope\":0.2,\"multiplier\":3,\"cutPoints\":6,\"runs\":25}}";
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{undertrained}}}");

        var predictions = ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "1B", "--tokens", "1B", "1T", "--json")
            .AssertSuccess().Json["predictions"]!.AsArray();

        double HalfWidth(JsonNode p) => Math.Log(Near.Number(p["ci95"]![1]) / Near.Number(p["loss"]));
        Near.Relative(3 * Math.Sqrt(0.01 * 0.01 + 0.05 * 0.05 + 0.2 * 0.2), HalfWidth(predictions[0]!), 1e-9, "D/N 10× below the fitted");
        Near.Relative(2 * Math.Sqrt(0.01 * 0.01 + Math.Pow(0.04 * 0.5, 2)), HalfWidth(predictions[1]!), 1e-9, "D/N above the fitted range: the main model alone");
        Assert.Equal(["params", "tokens-per-param"], predictions[0]!["errorModels"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(["params"], predictions[1]!["errorModels"]!.AsArray().Select(m => m!.GetValue<string>()));
        // Wrapped to the console's width: compared without white space.
        static string Squashed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var text = Squashed(ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "--tokens", "1B").AssertSuccess().Stdout);
        Assert.Contains(Squashed("for runs with fewer tokens per parameter than any fitted, added in quadrature, σ(d) = sqrt(0.05² + (0.2·d)²) on ln L, d = decades of D/N below the fitted range per decade it spans, ×3 for 95%"), text);
        Assert.Contains(Squashed("(6 cut points by tokens-per-param, 25 held-out runs)"), text);
        Assert.Contains(Squashed("D/N = 1 is 10× below the smallest fitted (10), as were the held-out runs of the tokens-per-parameter backtests behind its interval"), text);
    }

    [Fact]
    public void A_fit_whose_E_collapsed_reaches_up_to_the_loss_at_the_edge_of_the_data_beyond_it()
    {
        // E = 1e-9 on fitted ranges whose lowest loss is 0.9: collapsed. 10B params on 1T tokens lies 10× beyond both ranges; its
        // upper end is the law at (1e10, 1e11), the edge of the data, well above the error model's own upper end. Inside the data
        // the interval is the error model's alone.
        var collapsed = Params.Replace("\"E\":1.69", "\"E\":1e-9", StringComparison.Ordinal);
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{collapsed},{Extrapolation}}}");

        var predictions = ScalingProcess.Run("predict", "--law-file", file, "--params", "100B", "1B", "--tokens", "1T", "10B", "--json")
            .AssertSuccess().Json["predictions"]!.AsArray();

        static double Hoffmann0(double n, double d) => Hoffmann(n, d) - 1.69 + 1e-9;
        var (beyond, inside) = (predictions[0]!, predictions[1]!);
        Near.Relative(Hoffmann0(1e10, 1e11), Near.Number(beyond["ci95"]![1]), 1e-9, "upper end at the edge of the data");
        var half = 2 * Math.Sqrt(0.01 * 0.01 + 0.04 * 0.04); // d = 1: half a span beyond in N and half in D
        Near.Relative(Hoffmann0(1e11, 1e12) * Math.Exp(-half), Near.Number(beyond["ci95"]![0]), 1e-9, "lower end: the error model's");
        Assert.Equal(["params", "edge"], beyond["errorModels"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(["params"], inside["errorModels"]!.AsArray().Select(m => m!.GetValue<string>()));
        Near.Relative(Hoffmann0(1e9, 1e10) * Math.Exp(2 * 0.01), Near.Number(inside["ci95"]![1]), 1e-9, "inside the data");
        var text = ScalingProcess.Run("predict", "--law-file", file, "--params", "100B", "--tokens", "1T").AssertSuccess().Stdout.ReplaceLineEndings(" ");
        Assert.Contains("below 3% of its lowest loss on the fitted runs", string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Fit_out_on_few_sizes_trained_to_several_lengths_measures_the_run_length_model()
    {
        // Six sizes, each trained on 5 to 80 tokens per parameter, on the law above with ±0.5% of deterministic noise.
        var rows = from n in new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9, 3.2e9 }
                   from ratio in new[] { 5.0, 10.0, 20.0, 40.0, 80.0 }
                   select $"{n:R},{n * ratio:R},{Hoffmann(n, n * ratio) * (1 + 0.005 * Math.Sin(n / 1e8 + 3 * ratio)):R}";
        var data = temp.Write("runs.csv", "params,tokens,loss\n" + string.Join("\n", rows) + "\n");
        var law = Path.Combine(temp.FullName, "law.json");

        ScalingProcess.Run("fit", data, "--out", law).AssertSuccess();

        var extrapolation = JsonNode.Parse(File.ReadAllText(law))!["extrapolation"]!;
        // Six sizes are too few to backtest by size (the prior), but 30 token counts cut by run length 4 times.
        Assert.Equal("prior", extrapolation["source"]!.GetValue<string>());
        var longer = extrapolation["longer"]!;
        Assert.Equal(4, longer["cutPoints"]!.GetValue<int>());
        // Each size's rows are checkpoints of one run: a backtest by compute would keep them whole and cut by size again.
        Assert.Null(extrapolation["costlier"]);
        Assert.True(Near.Number(longer["multiplier"]) >= 1.96, "a measured multiplier");
        Assert.True(Near.Number(longer["sigma0"]) > 0, "a measured σ0");
        // A fitted size trained longer than any fitted row: its D/N (625) lies above the fitted 5–80, as the run-length backtests' did.
        var text = ScalingProcess.Run("predict", "--law-file", law, "--params", "1.6B", "--tokens", "1T").AssertSuccess().Stdout.ReplaceLineEndings("");
        Assert.Contains("D/N = 625 is 7.8× above the largest fitted (80), as were the held-out runs of the run-length backtests behind its interval", text);
    }

    [Fact]
    public void Fit_out_on_a_table_too_small_to_backtest_stores_the_prior_and_the_ranges()
    {
        var data = temp.Write("runs.csv", "params,tokens,loss\n1e8,2e9,3.5\n2e8,4e9,3.2\n4e8,8e9,3.0\n8e8,1.6e10,2.85\n1.6e9,3.2e10,2.7\n3.2e9,6.4e10,2.6\n");
        var law = Path.Combine(temp.FullName, "law.json");

        ScalingProcess.Run("fit", data, "--law", "power", "--x", "flops", "--out", law).AssertSuccess();

        var extrapolation = JsonNode.Parse(File.ReadAllText(law))!["extrapolation"]!;
        Assert.Equal("prior", extrapolation["source"]!.GetValue<string>());
        // The prior scaled by the fit's residual scale: the scale cancels in slope/sigma0.
        Near.Relative(ScalingLaws.Prediction.HitchhikerPrior.Slope / ScalingLaws.Prediction.HitchhikerPrior.Sigma0,
            Near.Number(extrapolation["slope"]) / Near.Number(extrapolation["sigma0"]), 1e-9, "slope/sigma0");
        Near.Relative(ScalingLaws.Prediction.HitchhikerPrior.Multiplier, Near.Number(extrapolation["multiplier"]), 1e-9, "multiplier");
        Near.Relative(6 * 1e8 * 2e9, Near.Number(extrapolation["ranges"]!["flops"]![0]), 1e-12, "smallest C");
        Near.Relative(6 * 3.2e9 * 6.4e10, Near.Number(extrapolation["ranges"]!["flops"]![1]), 1e-12, "largest C");
        var output = ScalingProcess.Run("predict", "--law-file", law, "--flops", "1e23").AssertSuccess().Stdout.ReplaceLineEndings("");
        Assert.Contains("1e23 FLOPs: C is 81× the largest fitted run", output);
        Assert.Contains("the prior measured across the Hitchhiker families", output);
    }

    [Fact]
    public void Without_a_bootstrap_the_fit_covariance_adds_the_parameters_term()
    {
        var law = Path.Combine(temp.FullName, "law.json");
        ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--out", law).AssertSuccess();
        var document = JsonNode.Parse(File.ReadAllText(law))!;
        var covariance = document["extrapolation"]!["covariance"]!.AsArray();
        Assert.Equal(5, covariance.Count);
        // One row per run: the compute model is measured (15 cut points by flops).
        Assert.Equal(15, document["extrapolation"]!["costlier"]!["cutPoints"]!.GetValue<int>());
        Assert.All(covariance, row => Assert.Equal(5, row!.AsArray().Count));
        document["extrapolation"]!.AsObject().Remove("covariance");
        var without = temp.Write("without.json", document.ToJsonString());

        double HalfWidth(string file)
        {
            var p = ScalingProcess.Run("predict", "--law-file", file, "--params", "1T", "--tokens", "20T", "--json").AssertSuccess().Json["predictions"]![0]!;
            return Math.Log(Near.Number(p["ci95"]![1]) / Near.Number(p["loss"]));
        }

        Assert.True(HalfWidth(law) > HalfWidth(without), "the delta-method term widens the interval");
    }

    [Fact]
    public void A_bad_backtest_order_fails_before_the_fit()
    {
        ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--out", Path.Combine(temp.FullName, "law.json"), "--backtest-by", "sizes")
            .AssertInputError("--backtest-by 'sizes': unknown choice; give one of params, tokens, flops, run-length, none");
        Assert.False(File.Exists(Path.Combine(temp.FullName, "law.json")));
    }

    /// <summary>
    /// A law fitted to 2 model sizes does not determine its N-term: fit stores that, and predict gives no interval beyond
    /// the fitted sizes (saying why), but still one for longer runs of a fitted size; optimal warns.
    /// </summary>
    [Fact]
    public void A_fit_on_two_sizes_gives_no_interval_at_a_third_size()
    {
        var random = new Random(3);
        var rows = from n in new[] { 1e8, 3e8 }
                   from multiple in Enumerable.Range(1, 12)
                   let d = 2.0 * multiple * n
                   select $"m{n:E0},{n:R},{d:R},{Hoffmann(n, d) * (1 + 0.005 * (random.NextDouble() - 0.5)):R}";
        var runs = temp.Write("two-sizes.csv", "model,params,tokens,loss\n" + string.Join("\n", rows) + "\n");
        var law = Path.Combine(temp.FullName, "law.json");
        ScalingProcess.Run("fit", runs, "--start-stride", "3", "--out", law).AssertSuccess();
        Assert.Equal("params", (string?)JsonNode.Parse(File.ReadAllText(law))!["extrapolation"]!["undetermined"]![0]);

        var beyond = ScalingProcess.Run("predict", "--law-file", law, "--params", "1B", "--tokens", "20B", "--json").AssertSuccess().Json["predictions"]![0]!;
        var longer = ScalingProcess.Run("predict", "--law-file", law, "--params", "300M", "--tokens", "20B", "--json").AssertSuccess().Json["predictions"]![0]!;
        var text = ScalingProcess.Run("predict", "--law-file", law, "--params", "1B", "--tokens", "20B").AssertSuccess().Stdout.ReplaceLineEndings("");
        var optimal = ScalingProcess.Run("optimal", "--law-file", law, "--flops", "1e20").AssertSuccess().Stdout.ReplaceLineEndings("");

        Assert.Null(beyond["ci95"]);
        Assert.Equal("params", (string?)beyond["undetermined"]![0]);
        Near.Relative(10 / 3.0, Near.Number(beyond["extrapolation"]!["params"]), 1e-9, "N factor");
        Assert.NotNull(longer["ci95"]);
        Assert.Null(longer["undetermined"]);
        Assert.Contains("no interval: the fitted runs hold too few distinct N to determine the law there", text);
        Assert.Contains("warning: the fit behind this law had too few distinct N to determine its term", optimal);
    }

    [Fact]
    public void An_undetermined_input_the_law_does_not_have_is_refused_in_one_line()
    {
        var file = temp.Write("law.json", $"{{\"law\":\"chinchilla\",\"formula\":\"\",{Params},{Extrapolation.TrimEnd('}')},\"undetermined\":[\"loss\"]}}}}");

        ScalingProcess.Run("predict", "--law-file", file, "--params", "1B", "--tokens", "20B")
            .AssertInputError("the extrapolation block names 'loss' as undetermined, which is not an input of this law (params, tokens)");
    }

    private static string JsonSerializerSamples(double[][] samples) => new JsonArray([.. samples.Select(s => new JsonArray([.. s.Select(v => (JsonNode)v)]))]).ToJsonString();
}
