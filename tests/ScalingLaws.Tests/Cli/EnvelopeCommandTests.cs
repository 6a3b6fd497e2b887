using System.Globalization;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling envelope</c> run as a real process on synthetic training curves of Hoffmann's law
/// written to a CSV (12 sizes, 50 checkpoints each from D = N to 250·N; see
/// <see cref="Planning.EnvelopeTests"/> for why a lands near 0.447 rather than the law's 0.4516).
/// </summary>
public sealed class EnvelopeCommandTests : WithTempFolder
{
    [Fact]
    public void Json_has_the_exponents_and_a_thinned_envelope()
    {
        var json = ScalingProcess.Run("envelope", Curves(), "--json").AssertSuccess().Json;

        var a = Near.Number(json["a"], "a");
        Assert.Equal(TrainingCurves.ParamsExponent, a, 0.0075);
        Assert.Equal(1 - a, Near.Number(json["b"], "b"), 1e-12);
        Assert.Equal((1000, 12, 0), (Near.Number(json["points"]), Near.Number(json["runs"]), Near.Number(json["runsLeftOut"])));
        var points = json["budgets"]!.AsArray();
        Assert.Equal(50, points.Count);
        Assert.Equal("won by the smallest model size", (string?)points[0]!["excluded"]);
        Assert.Equal("won by the largest model size", (string?)points[^1]!["excluded"]);
        Assert.Contains(points, p => p!["excluded"] is null);
        Near.Relative(6 * 1e7 * 1e7, Near.Number(points[0]!["flops"]), 1e-9, "first C");
        Near.Relative(6 * 1e10 * 250e10, Near.Number(points[^1]!["flops"]), 1e-9, "last C");
        Assert.All(points, p => Near.Relative(Near.Number(p!["flops"]), 6 * Near.Number(p["params"]) * Near.Number(p["tokens"]), 1e-12, "C = 6ND"));
    }

    [Fact]
    public void Points_sets_the_grid()
    {
        var json = ScalingProcess.Run("envelope", Curves(), "--points", "3000", "--json").AssertSuccess().Json;

        Assert.Equal(3000, Near.Number(json["points"]));
        Assert.Equal(TrainingCurves.ParamsExponent, Near.Number(json["a"]), 0.0075);
    }

    [Fact]
    public void Human_report_has_one_row_per_stretch_won_by_a_run()
    {
        var output = ScalingProcess.Run("envelope", Curves()).AssertSuccess().Stdout;

        foreach (var text in new[] { "Training-curve envelope", "12 runs with training curves", "FLOPs C", "N_opt", "m00", "m05", "m11", "left out: won by the smallest model size", "a = 0.447", "fitted on" })
            Assert.Contains(text, output);
    }

    [Fact]
    public void Runs_may_be_named_by_a_mapped_column()
    {
        var file = Curves("experiment");

        var json = ScalingProcess.Run("envelope", file, "--map", "model=experiment", "--json").AssertSuccess().Json;

        Assert.Equal(12, Near.Number(json["runs"]));
    }

    [Fact]
    public void A_table_without_training_curves_is_a_one_line_error()
    {
        var file = temp.Write("finals.csv", "params,tokens,loss\n1e8,2e9,3.1\n1e9,2e10,2.6\n1e10,2e11,2.2\n");

        ScalingProcess.Run("envelope", file).AssertInputError("no run has 2 or more checkpoints at different compute", "model column");
    }

    [Fact]
    public void Too_few_points_is_a_one_line_error()
    {
        ScalingProcess.Run("envelope", Curves(), "--points", "10").AssertInputError("--points 10: use from 100 to 1,000,000 compute values");
    }

    [Fact]
    public void Help_has_an_example_and_every_option() =>
        ScalingProcess.Run("envelope", "--help").AssertHelp("scaling envelope curves.csv", "--map", "--drop-highest-loss", "--min-tokens", "--points", "--json");

    private string Curves(string modelHeader = "model")
    {
        var lines = TrainingCurves.Hoffmann().Rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Model},{r.Params:R},{r.Tokens:R},{r.Loss:R}"));
        return temp.Write($"curves-{modelHeader}.csv", string.Join("\n", lines.Prepend($"{modelHeader},params,tokens,loss")) + "\n");
    }
}
