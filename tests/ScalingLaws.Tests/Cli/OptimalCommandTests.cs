using System.Globalization;
using System.Text.Json.Nodes;
using ScalingLaws.Planning;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling optimal</c>: by value against Hoffmann's published allocation, from law files
/// written by <c>scaling fit</c> (with and without a bootstrap), and its input errors.
/// </summary>
public sealed class OptimalCommandTests(ChinchillaFitRuns runs) : WithTempFolder, IClassFixture<ChinchillaFitRuns>
{
    private const string Hoffmann = "chinchilla:E=1.69,A=406.4,B=410.7,alpha=0.34,beta=0.28";

    private static CliResult Optimal(params string[] args) => ScalingProcess.Run(["optimal", .. args]);

    [Fact]
    public void Hoffmann_by_value_reproduces_the_published_allocation()
    {
        var json = Optimal("--law-spec", Hoffmann, "--flops", "1e21", "5.76e23", "--json").AssertSuccess().Json;

        Near.Relative(0.4516, Near.Number(json["a"]), 1e-3, "a");
        Near.Relative(0.5484, Near.Number(json["b"]), 1e-3, "b");
        Near.Relative(1.3447, Near.Number(json["G"]), 1e-3, "G");
        var rows = json["rows"]!.AsArray();
        Assert.Equal(2, rows.Count);
        Near.Relative(1.824e9, Near.Number(rows[0]!["params"]), 1e-3, "N*(1e21)");
        Near.Relative(9.136e10, Near.Number(rows[0]!["tokens"]), 1e-3, "D*(1e21)");
        Near.Relative(3.219e10, Near.Number(rows[1]!["params"]), 1e-3, "N*(5.76e23)");
        Near.Relative(2.982e12, Near.Number(rows[1]!["tokens"]), 1e-3, "D*(5.76e23)");
        Near.Relative(1.9307, Near.Number(rows[1]!["loss"]), 1e-3, "L*(5.76e23)");
        Near.Relative(2.982e12 / 3.219e10, Near.Number(rows[1]!["tokensPerParam"]), 2e-3, "D*/N*");
        Assert.All(rows, r => Assert.Equal("flops", r!["given"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.Null(r!["ci95"]));
    }

    [Fact]
    public void A_budget_loss_or_size_given_twice_is_answered_once_in_the_order_first_given()
    {
        var rows = Optimal("--law-spec", Hoffmann, "--flops", "5.76e23,1e21,5.76e23", "--target-loss", "2.0,2", "--params", "67B,67e9", "--json")
            .AssertSuccess().Json["rows"]!.AsArray();

        Assert.Equal(["flops", "flops", "loss", "params"], rows.Select(r => r!["given"]!.GetValue<string>()));
        Near.Relative(3.219e10, Near.Number(rows[0]!["params"]), 1e-3, "N*(5.76e23) first");
        Near.Relative(1.824e9, Near.Number(rows[1]!["params"]), 1e-3, "N*(1e21) second");
    }

    [Fact]
    public void Epochs_law_by_value()
    {
        var row = Optimal("--law-spec", "chinchilla:E=1.82,A=482.01,B=2085.43,alpha=0.3478,beta=0.3658", "--flops", "5.76e23", "--json")
            .AssertSuccess().Json["rows"]![0]!;

        Near.Relative(7.225e10, Near.Number(row["params"]), 1e-3, "N*");
        Near.Relative(18.39, Near.Number(row["tokensPerParam"]), 1e-3, "D*/N*");
    }

    [Fact]
    public void Budgets_target_losses_and_model_sizes_combine_in_that_order()
    {
        var rows = Optimal("--law-spec", Hoffmann, "--flops", "5.76e23", "--target-loss", "2.0", "--params", "67B", "--json")
            .AssertSuccess().Json["rows"]!.AsArray();

        Assert.Equal(["flops", "loss", "params"], rows.Select(r => r!["given"]!.GetValue<string>()));
        var hoffmann = new ComputeOptimal([1.69, 406.4, 410.7, 0.34, 0.28]);
        Near.Relative(2.0, Near.Number(rows[1]!["loss"]), 1e-12, "the target loss is reached");
        Near.Relative(hoffmann.ForLoss(2.0).Flops, Near.Number(rows[1]!["flops"]), 1e-12, "least compute for loss 2");
        Near.Relative(67e9, Near.Number(rows[2]!["params"]), 1e-12, "67B is optimal at its budget");
        // Table 3 style: C = 6·(N/G)^(1/a) = 2.92e24 FLOPs under this law.
        Near.Relative(6 * Math.Pow(67e9 / 1.34471, 1 / (0.28 / 0.62)), Near.Number(rows[2]!["flops"]), 1e-4, "C for 67B");
        Near.Relative(2.92e24, Near.Number(rows[2]!["flops"]), 2e-3, "C for 67B by hand");
    }

    [Fact]
    public void Kaplan_allocation_at_each_rows_budget()
    {
        var json = Optimal("--law-spec", Hoffmann, "--flops", "5.76e23", "--params", "67B", "--json").AssertSuccess().Json;

        var rows = json["rows"]!.AsArray();
        var kaplan = json["kaplan"]!.AsArray();
        Assert.Equal(rows.Count, kaplan.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var flops = Near.Number(rows[i]!["flops"]);
            Assert.Equal(flops, Near.Number(kaplan[i]!["flops"]));
            Near.Relative(1.3e9 * Math.Pow(flops / 8.64e19, 0.73), Near.Number(kaplan[i]!["params"]), 1e-12, "Kaplan N_opt");
            Near.Relative(flops / (6 * Near.Number(kaplan[i]!["params"])), Near.Number(kaplan[i]!["tokens"]), 1e-12, "Kaplan D");
        }
        Near.Relative(8.04e11, Near.Number(kaplan[0]!["params"]), 2e-3, "Kaplan at 5.76e23");
    }

    [Fact]
    public void Human_output_is_a_table_with_Kaplans_convention_stated()
    {
        var output = Optimal("--law-spec", Hoffmann, "--flops", "5.76e23", "--target-loss", "2.0", "--params", "67B").AssertSuccess().Stdout;

        Assert.StartsWith("chinchilla law from --law-spec: N* = G·(C/6)^a", output);
        foreach (var cell in new[] { "a = 0.4516", "G = 1.345", "params N*", "tokens D*", "tokens/param", "C = 5.76e23", "32.2B", "2.98T", "1.931", "loss = 2", "N = 67B", "804B" })
            Assert.Contains(cell, output);
        Assert.Contains("Kaplan N (non-emb.)", output);
        Assert.Contains("counts non-embedding parameters only", output);
        Assert.DoesNotContain("bootstrap", output);
    }

    [Fact]
    public void Seeds_example_fit_then_predict_then_optimal()
    {
        runs.Human.AssertSuccess();

        var predictions = ScalingProcess.Run("predict", "--law-file", runs.PlainLawFile, "--params", "70B", "280B", "--tokens", "1.4T", "300B", "--json")
            .AssertSuccess().Json["predictions"]!.AsArray();
        var optimal = Optimal("--law-file", runs.PlainLawFile, "--flops", "5.76e23", "--json").AssertSuccess().Json["rows"]![0]!;

        Assert.True(Near.Number(predictions[0]!["loss"]) < Near.Number(predictions[1]!["loss"]), "Chinchilla (70B, 1.4T) below Gopher (280B, 300B)");
        Assert.InRange(Near.Number(optimal["params"]), 30e9, 100e9);
    }

    [Fact]
    public void A_law_file_without_resamples_gives_the_loss_the_interval_and_distance_predict_gives_at_the_allocation()
    {
        runs.Human.AssertSuccess();
        var row = Optimal("--law-file", runs.PlainLawFile, "--flops", "5.76e23", "--params", "67B", "--json").AssertSuccess().Json["rows"]!.AsArray();
        var text = Optimal("--law-file", runs.PlainLawFile, "--flops", "5.76e23").AssertSuccess().Stdout;

        foreach (var allocation in row)
        {
            var predicted = ScalingProcess.Run("predict", "--law-file", runs.PlainLawFile,
                "--params", Near.Number(allocation!["params"]).ToString("R", CultureInfo.InvariantCulture),
                "--tokens", Near.Number(allocation["tokens"]).ToString("R", CultureInfo.InvariantCulture), "--json").AssertSuccess().Json["predictions"]![0]!;
            var ci = allocation["ci95"]!;
            Assert.Null(ci["params"]);
            Assert.Null(ci["tokens"]);
            Assert.Null(ci["resamples"]);
            Near.Relative(Near.Number(predicted["ci95"]![0]), Near.Number(ci["loss"]![0]), 1e-12, "lower end as predict's");
            Near.Relative(Near.Number(predicted["ci95"]![1]), Near.Number(ci["loss"]![1]), 1e-12, "upper end as predict's");
            Near.Relative(Near.Number(predicted["extrapolation"]!["params"]), Near.Number(allocation["extrapolation"]!["params"]), 1e-12, "N's factor as predict's");
            Assert.InRange(Near.Number(allocation["extrapolation"]!["params"]), 4, 5); // N* = 73B and 67B against the largest fitted run, 16B
        }
        Assert.Contains("C = 5.76e23 (N* = ", text);
        Assert.Contains("N is 4.", text);
        Assert.Contains("the largest fitted run", text);
        Assert.Contains("N*, D* and C get theirs from a law file with bootstrap resamples", text);

        // plan run takes the same row: the loss's interval (its source said "a law given by value" before) and the distance.
        var recipe = ScalingProcess.Run("plan", "run", "--law-file", runs.PlainLawFile, "--flops", "5.76e23").AssertSuccess().Stdout;
        var recipeJson = ScalingProcess.Run("plan", "run", "--law-file", runs.PlainLawFile, "--flops", "5.76e23", "--json").AssertSuccess().Json;
        Assert.Contains("the law, with its 95% interval", recipe);
        Assert.Contains("Beyond the fitted runs: N is 4.", recipe);
        Near.Relative(Near.Number(row[0]!["ci95"]!["loss"]![1]), Near.Number(recipeJson["allocation"]!["ci95"]!["loss"]![1]), 1e-12, "plan run's upper end as optimal's");
    }

    [Fact]
    public void A_bootstrapped_law_file_gives_intervals_around_the_allocation()
    {
        runs.Seed7.AssertSuccess();

        var rows = Optimal("--law-file", runs.BootstrapLawFile, "--flops", "5.76e23", "--target-loss", "2.0", "--params", "67B", "--json")
            .AssertSuccess().Json["rows"]!.AsArray();

        foreach (var (row, quantities) in new[] { (rows[0]!, new[] { "params", "tokens", "loss" }), (rows[1]!, ["flops", "params", "tokens"]), (rows[2]!, ["flops", "tokens", "loss"]) })
        {
            var ci = row["ci95"]!;
            foreach (var quantity in quantities)
            {
                var (lower, upper) = (Near.Number(ci[quantity]![0]), Near.Number(ci[quantity]![1]));
                Assert.InRange(Near.Number(row[quantity]), lower, upper);
                Assert.True(lower < upper, $"{quantity}: [{lower}, {upper}]");
            }
            Assert.Null(ci[row["given"]!.GetValue<string>()]); // what was given has no interval
            Assert.Equal(200, ci["resamples"]!.GetValue<int>());
        }
    }

    [Fact]
    public void A_bootstrapped_law_file_shows_intervals_in_the_table()
    {
        runs.Seed7.AssertSuccess();

        var output = Optimal("--law-file", runs.BootstrapLawFile, "--flops", "5.76e23").AssertSuccess().Stdout;

        Assert.Contains("95% intervals (under each value) from 200 bootstrap resamples.", output);
        Assert.Matches(@"\[\d+(\.\d+)?B, \d+(\.\d+)?B\]", output);
    }

    [Fact]
    public void Intervals_are_percentiles_over_the_resamples_that_reach_the_target()
    {
        // Three resamples; the third has E = 2.1, above the target loss 2.0, so it has no allocation.
        double[][] samples = [[1.69, 406.4, 410.7, 0.34, 0.28], [1.8, 480, 2000, 0.35, 0.36], [2.1, 400, 400, 0.3, 0.3]];
        var path = LawFileWithSamples(samples);

        var rows = Optimal("--law-file", path, "--flops", "1e22", "--target-loss", "2.0", "--json").AssertSuccess().Json["rows"]!.AsArray();

        // numpy-style percentiles of two values: 2.5% and 97.5% of the way from the lower to the upper.
        var reach = samples.Take(2).Select(s => new ComputeOptimal(s).ForLoss(2.0).Params).Order().ToArray();
        var loss = rows[1]!["ci95"]!;
        Assert.Equal(2, loss["resamples"]!.GetValue<int>());
        Near.Relative(reach[0] + 0.025 * (reach[1] - reach[0]), Near.Number(loss["params"]![0]), 1e-9, "lower");
        Near.Relative(reach[0] + 0.975 * (reach[1] - reach[0]), Near.Number(loss["params"]![1]), 1e-9, "upper");
        Assert.Equal(3, rows[0]!["ci95"]!["resamples"]!.GetValue<int>());
    }

    [Fact]
    public void A_target_loss_compute_interval_gives_the_cost_its_interval()
    {
        var path = LawFileWithSamples([[1.69, 406.4, 410.7, 0.34, 0.28], [1.8, 480, 2000, 0.35, 0.36]]);

        var row = Optimal("--law-file", path, "--target-loss", "2.0", "--gpu", "H100", "--mfu", "0.4", "--price", "2", "--json")
            .AssertSuccess().Json["rows"]![0]!;

        var flops = row["ci95"]!["flops"]!.AsArray().Select(v => Near.Number(v)).ToArray();
        var hours = row["costCi95"]!["gpuHours"]!.AsArray().Select(v => Near.Number(v)).ToArray();
        Near.Relative(flops[0] / (989e12 * 0.4 * 3600), hours[0], 1e-12, "lower GPU-hours");
        Near.Relative(flops[1] / (989e12 * 0.4 * 3600), hours[1], 1e-12, "upper GPU-hours");
        Near.Relative(2 * hours[1], Near.Number(row["costCi95"]!["dollars"]![1]), 1e-12, "upper dollars");
        Assert.Null(row["costCi95"]!["days"]);
    }

    [Fact]
    public void The_table_says_when_some_resamples_cannot_reach_a_target()
    {
        var path = LawFileWithSamples([[1.69, 406.4, 410.7, 0.34, 0.28], [1.8, 480, 2000, 0.35, 0.36], [2.1, 400, 400, 0.3, 0.3]]);

        var output = Optimal("--law-file", path, "--target-loss", "2.0").AssertSuccess().Stdout;

        Assert.Contains("loss = 2: only 2 resamples can reach it", output);
    }

    [Fact]
    public void A_kaplan_law_file_is_refused_with_the_law_named()
    {
        var path = Path.Combine(temp.FullName, "kaplan.json");
        ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--law", "kaplan", "--out", path, "--json").AssertSuccess();

        Optimal("--law-file", path, "--flops", "1e21").AssertInputError(path, "needs a chinchilla law", "this is a kaplan law");
    }

    [Fact]
    public void A_one_variable_law_by_value_is_refused()
    {
        Optimal("--law-spec", "power:x=flops,E=1.7,A=30,alpha=0.05", "--flops", "1e21").AssertInputError("needs a chinchilla law", "this is a power law");
    }

    [Theory]
    [InlineData("--flops", "0")]
    [InlineData("--flops", "-1e21")]
    [InlineData("--params", "0")]
    [InlineData("--params", "-70B")]
    public void Budgets_and_sizes_must_be_positive(string option, string value)
    {
        Optimal("--law-spec", Hoffmann, option, value).AssertInputError($"{option} {value}", "positive");
    }

    [Theory]
    [InlineData("1.69")]
    [InlineData("1.5")]
    [InlineData("-2")]
    public void A_target_loss_at_or_below_E_is_unreachable(string loss)
    {
        Optimal("--law-spec", Hoffmann, "--target-loss", loss).AssertInputError("at or below the irreducible loss E = 1.69");
    }

    [Theory]
    [InlineData("--flops", "lots")]
    [InlineData("--target-loss", "two")]
    [InlineData("--params", "70 billion")]
    public void Non_numeric_values(string option, string value)
    {
        Optimal("--law-spec", Hoffmann, option, value).AssertInputError($"'{value}' is not a quantity");
    }

    [Fact]
    public void Something_to_allocate_is_required()
    {
        Optimal("--law-spec", Hoffmann).AssertInputError("give at least one of --flops, --target-loss or --params");
    }

    [Fact]
    public void A_law_is_required()
    {
        Optimal("--flops", "1e21").AssertInputError("give exactly one of --law-file", "--law");
    }

    [Fact]
    public void Help_has_an_example_and_every_option() =>
        ScalingProcess.Run("optimal", "--help").AssertHelp("scaling optimal --law-file fit.json", "--law-file", "--law", "--flops", "--target-loss", "--params", "--json");

    private string LawFileWithSamples(double[][] samples)
    {
        var document = new JsonObject
        {
            ["law"] = "chinchilla",
            ["formula"] = "",
            ["params"] = new JsonObject { ["E"] = 1.69, ["A"] = 406.4, ["B"] = 410.7, ["alpha"] = 0.34, ["beta"] = 0.28 },
            ["bootstrap"] = new JsonObject
            {
                ["resamples"] = samples.Length,
                ["seed"] = 1,
                ["converged"] = samples.Length,
                ["params"] = new JsonObject(),
                ["derived"] = new JsonObject(),
                ["samples"] = new JsonArray([.. samples.Select(s => new JsonArray([.. s.Select(v => JsonValue.Create(v))]))]),
            },
        };
        return temp.Write("samples.json", document.ToJsonString());
    }
}
