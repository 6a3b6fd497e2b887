namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling inference</c>: Sardana et al.'s inference-aware model against the Chinchilla-optimal one.</summary>
public sealed class InferenceCommandTests : WithTempFolder
{
    /// <summary>The law Sardana et al. use: Hoffmann's fit with α = 0.336, β = 0.283.</summary>
    private const string Sardana = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.336,beta=0.283";

    /// <summary>The loss of the Chinchilla-optimal 13B model under <see cref="Sardana"/>.</summary>
    private const string Loss13B = "2.04528";

    private static CliResult Inference(params string[] args) => ScalingProcess.Run(["inference", .. args]);

    [Fact]
    public void The_Chinchilla_13B_model_serving_2T_tokens()
    {
        var json = Inference("--law-spec", Sardana, "--target-loss", Loss13B, "--inference-tokens", "2e12", "--json").AssertSuccess().Json;

        Near.Relative(6.97e9, Near.Number(json["params"]), 2e-3, "N*");
        Near.Relative(1.25e12, Near.Number(json["tokens"]), 3e-3, "D");
        Assert.InRange(Near.Number(json["savedFraction"]), 0.172, 0.176);
        Near.Relative(13e9, Near.Number(json["chinchillaParams"]), 1e-4, "Chinchilla N");
        var (n, d) = (Near.Number(json["params"]), Near.Number(json["tokens"]));
        Near.Relative(6 * n * d + 2 * n * 2e12, Near.Number(json["flops"]), 1e-12, "training + inference");
        var (cn, cd) = (Near.Number(json["chinchillaParams"]), Near.Number(json["chinchillaTokens"]));
        Near.Relative(6 * cn * cd + 2 * cn * 2e12, Near.Number(json["chinchillaFlops"]), 1e-12, "Chinchilla training + inference");
    }

    [Fact]
    public void Human_output_compares_the_two_models()
    {
        var output = Inference("--law-spec", Sardana, "--target-loss", Loss13B, "--inference-tokens", "2T").AssertSuccess().Stdout;

        foreach (var cell in new[] { "Chinchilla-optimal", "inference-aware", "13B", "6.97B", "1.25T", "training FLOPs", "inference FLOPs", "total FLOPs" })
            Assert.Contains(cell, output);
        Assert.Contains("saves 17.4", output);
    }

    [Fact]
    public void A_law_file_works_too()
    {
        var path = temp.Write("law.json", """{"law":"chinchilla","formula":"","params":{"E":1.69,"A":406.4,"B":410.7,"alpha":0.336,"beta":0.283}}""");

        var json = Inference("--law-file", path, "--target-loss", Loss13B, "--inference-tokens", "2e12", "--json").AssertSuccess().Json;

        Near.Relative(6.97e9, Near.Number(json["params"]), 2e-3, "N*");
    }

    /// <summary>A law file with a bootstrap (written by 'scaling fit --bootstrap --out') gives 95% intervals.</summary>
    [Fact]
    public void A_law_file_with_a_bootstrap_gives_intervals()
    {
        var law = Path.Combine(temp.FullName, "fit.json");
        ScalingProcess.Run("fit", "--dataset", "chinchilla", "--drop-highest-loss", "5", "--bootstrap", "100", "--out", law).AssertSuccess();

        var json = Inference("--law-file", law, "--target-loss", "2.0", "--inference-tokens", "2e12", "--json").AssertSuccess().Json;
        var text = Inference("--law-file", law, "--target-loss", "2.0", "--inference-tokens", "2e12").AssertSuccess().Stdout;

        var ci = json["ci95"]!;
        Assert.Equal(100, (int?)ci["resamples"]);
        var (n, low, high) = (Near.Number(json["params"]), Near.Number(ci["params"]![0]), Near.Number(ci["params"]![1]));
        Assert.True(low < n && n < high, $"N* {n:G3} outside [{low:G3}, {high:G3}]");
        Assert.True(Near.Number(ci["savedFraction"]![0]) > 0, "every resample saves compute when 2T tokens are served");
        Assert.Contains("95% interval", text);
        Assert.Contains("from the 100 bootstrap resamples", text);

        // How far the inference-aware model lies beyond the fitted runs, as predict says it of the same point; a law by value has no runs.
        var predicted = ScalingProcess.Run("predict", "--law-file", law, "--params", n.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            "--tokens", Near.Number(json["tokens"]).ToString("R", System.Globalization.CultureInfo.InvariantCulture), "--json").AssertSuccess().Json["predictions"]![0]!;
        Near.Relative(Near.Number(predicted["extrapolation"]!["params"]), Near.Number(json["extrapolation"]!["params"]), 1e-12, "N's factor as predict's");
        Near.Relative(Near.Number(predicted["extrapolation"]!["tokens"]), Near.Number(json["extrapolation"]!["tokens"]), 1e-12, "D's factor as predict's");
        Assert.Contains("beyond the fitted runs: N is ", text);
        Assert.Null(Inference("--law-spec", Sardana, "--target-loss", Loss13B, "--inference-tokens", "2e12", "--json").AssertSuccess().Json["extrapolation"]);
    }

    [Fact]
    public void A_kaplan_law_is_refused()
    {
        Inference("--law-spec", "kaplan:Nc=6.4e13,Dc=1.8e13,alphaN=0.076,alphaD=0.103", "--target-loss", "2.5", "--inference-tokens", "1e12")
            .AssertInputError("scaling inference needs a chinchilla law", "this is a kaplan law");
    }

    [Theory]
    [InlineData("1.69")]
    [InlineData("1")]
    public void A_target_loss_at_or_below_E_is_unreachable(string loss)
    {
        Inference("--law-spec", Sardana, "--target-loss", loss, "--inference-tokens", "2e12").AssertInputError("irreducible loss E = 1.69");
    }

    [Fact]
    public void Negative_inference_tokens_are_an_error()
    {
        Inference("--law-spec", Sardana, "--target-loss", "2.0", "--inference-tokens", "-1").AssertInputError("--inference-tokens -1: a count of tokens served is zero or more");
    }

    [Theory]
    [InlineData("--target-loss")]
    [InlineData("--inference-tokens")]
    public void Required_options(string option)
    {
        string[] args = option == "--target-loss" ? ["--inference-tokens", "2e12"] : ["--target-loss", "2.0"];

        Inference(["--law-spec", Sardana, .. args]).AssertInputError(option, "scaling inference --help");
    }

    [Fact]
    public void Non_numeric_values()
    {
        Inference("--law-spec", Sardana, "--target-loss", "low", "--inference-tokens", "2e12").AssertInputError("--target-loss", "'low' is not a quantity");
    }

    [Fact]
    public void Help_has_an_example_and_every_option() =>
        ScalingProcess.Run("inference", "--help").AssertHelp("scaling inference --law-file fit.json", "--law-file", "--law", "--target-loss", "--inference-tokens", "--json");
}
