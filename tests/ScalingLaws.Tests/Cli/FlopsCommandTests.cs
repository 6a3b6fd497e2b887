using System.Text.Json.Nodes;
using ScalingLaws.Counting;

namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling flops</c>: parameter counts and training FLOPs of a shape under each convention.</summary>
public sealed class FlopsCommandTests
{
    /// <summary>A Chinchilla-70B-like shape: 80 layers, d_model 8192, 64 heads, d_ff 32768.</summary>
    private static readonly string[] Shape70B =
        ["flops", "--layers", "80", "--d-model", "8192", "--heads", "64", "--d-ff", "32768", "--vocab", "32000", "--context", "2048", "--tokens", "1.4T"];

    private static JsonNode FlopsJson(params string[] options) => ScalingProcess.Run(["flops", .. options, "--json"]).AssertSuccess().Json;

    [Fact]
    public void Json_has_every_count_and_convention()
    {
        var json = ScalingProcess.Run([.. Shape70B, "--json"]).AssertSuccess().Json;

        var parameters = json["params"]!;
        Assert.Equal(12.0 * 80 * 8192 * 8192, Near.Number(parameters["nonEmbedding"]));
        Assert.Equal(32_000.0 * 8192, Near.Number(parameters["embedding"]));
        Assert.Equal(12.0 * 80 * 8192 * 8192 + 32_000.0 * 8192, Near.Number(parameters["total"]));
        var chinchilla = Near.Number(parameters["chinchillaStyle"]);
        Near.Relative(70.1e9, chinchilla, 1e-3, "Chinchilla-style count");
        Assert.Equal(1.4e12, Near.Number(json["tokens"]));
        Assert.Equal(128, json["shape"]!["headSize"]!.GetValue<int>());

        var conventions = json["conventions"]!.AsArray();
        Assert.Equal(["6ND", "Kaplan 6N + 6·L·n_ctx·d_attn", "Chinchilla App. F", "Chinchilla App. F, layers only"],
            conventions.Select(c => c!["name"]!.GetValue<string>()));
        var sixND = conventions[0]!;
        Near.Relative(6 * chinchilla * 1.4e12, Near.Number(sixND["flops"]), 1e-12, "6ND");
        Assert.Equal(1.0, Near.Number(sixND["ratioTo6ND"]));
        var kaplan = conventions[1]!;
        Assert.Equal("non-embedding", kaplan["paramsUsed"]!.GetValue<string>());
        Near.Relative((6 * 12.0 * 80 * 8192 * 8192 + 6.0 * 80 * 2048 * 8192) * 1.4e12, Near.Number(kaplan["flops"]), 1e-12, "Kaplan");
        Assert.All(conventions, c => Near.Relative(Near.Number(c!["flops"]) / Near.Number(sixND["flops"]), Near.Number(c!["ratioTo6ND"]), 1e-12, "ratio"));

        var appendixF = json["appendixF"]!;
        Assert.Equal(2.0 * 2048 * 32_000 * 8192, Near.Number(appendixF["embeddings"]));
        Near.Relative(Near.Number(appendixF["total"]) * 1.4e12, Near.Number(conventions[2]!["flops"]), 1e-12, "App. F total");
        Near.Relative(Near.Number(appendixF["layers"]) * 1.4e12, Near.Number(conventions[3]!["flops"]), 1e-12, "App. F layers");
    }

    [Fact]
    public void A_Table_A4_shape_gives_its_listed_ratio_in_the_layers_only_row()
    {
        // Table A4's 305M model: 20 layers, d_model 1024, ffw 4096, 16 heads of size 64; listed ratio 1.10.
        var json = FlopsJson("--layers", "20", "--d-model", "1024", "--heads", "16", "--head-size", "64", "--vocab", "32000", "--context", "2048", "--tokens", "1B");

        Near.Relative(305.7e6, Near.Number(json["params"]!["chinchillaStyle"]), 1e-3, "listed size");
        Assert.Equal(1.10, Near.Number(json["conventions"]![3]!["ratioTo6ND"]), 0.01);
        Assert.Equal(1.315, Near.Number(json["conventions"]![2]!["ratioTo6ND"]), 0.001);
    }

    [Fact]
    public void Human_output_says_which_N_each_convention_uses()
    {
        var output = ScalingProcess.Run(Shape70B).AssertSuccess().Stdout;

        foreach (var cell in new[] { "80 layers, d_model 8192, 64 heads of size 128, d_ff 32768", "1.4T training tokens",
                     "non-embedding (Kaplan)", "64.4B", "70.1B", "N used", "Chinchilla-style (all parameters)", "ratio to 6ND", "5.885e23",
                     "Chinchilla App. F, layers only", "Table A4" })
            Assert.Contains(cell, output);
    }

    [Fact]
    public void Sizes_take_suffixes()
    {
        var json = FlopsJson("--layers", "2", "--d-model", "1K", "--heads", "8", "--vocab", "32K", "--context", "2K", "--tokens", "1B");

        Assert.Equal(32_000, json["shape"]!["vocabulary"]!.GetValue<int>());
        Assert.Equal(2_000, json["shape"]!["sequenceLength"]!.GetValue<int>());
    }

    [Fact]
    public void Feed_forward_and_head_size_have_defaults()
    {
        var json = FlopsJson("--layers", "2", "--d-model", "64", "--heads", "4", "--vocab", "100", "--context", "16", "--tokens", "1M");

        Assert.Equal(256, json["shape"]!["feedForward"]!.GetValue<int>());
        Assert.Equal(16, json["shape"]!["headSize"]!.GetValue<int>());
        Assert.Equal(ParameterCount.Of(new TransformerShape(2, 64, 4, 100, 16)).ChinchillaStyle, Near.Number(json["params"]!["chinchillaStyle"]));
    }

    [Theory]
    [InlineData("--layers")]
    [InlineData("--d-model")]
    [InlineData("--heads")]
    [InlineData("--vocab")]
    [InlineData("--context")]
    [InlineData("--tokens")]
    public void Required_options(string option)
    {
        var args = Without(Shape70B, option);

        ScalingProcess.Run(args).AssertInputError(option, "scaling flops --help");
    }

    [Theory]
    [InlineData("--layers", "0", "--layers 0: give a positive whole number")]
    [InlineData("--heads", "-8", "--heads -8: give a positive whole number")]
    [InlineData("--tokens", "0", "--tokens 0: every value must be a positive number")]
    [InlineData("--layers", "eighty", "--layers eighty: 'eighty' is not a quantity")]
    [InlineData("--heads", "6.5", "--heads 6.5: give a positive whole number")]
    [InlineData("--tokens", "lots", "'lots' is not a quantity")]
    public void Bad_sizes_are_refused(string option, string value, string fragment)
    {
        ScalingProcess.Run([.. Without(Shape70B, option), option, value]).AssertInputError(fragment);
    }

    [Fact]
    public void Heads_that_do_not_divide_the_width_need_a_head_size()
    {
        ScalingProcess.Run("flops", "--layers", "2", "--d-model", "100", "--heads", "3", "--vocab", "100", "--context", "16", "--tokens", "1M")
            .AssertInputError("--d-model 100 is not a multiple of --heads 3", "give it with --head-size");
    }

    [Fact]
    public void Help_has_an_example_and_every_option() =>
        ScalingProcess.Run("flops", "--help").AssertHelp("scaling flops --layers 80", "--layers", "--d-model", "--heads", "--d-ff", "--head-size", "--vocab", "--context", "--tokens", "--json");

    private static string[] Without(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return [.. args[..index], .. args[(index + 2)..]];
    }
}
