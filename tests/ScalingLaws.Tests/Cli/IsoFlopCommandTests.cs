namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling isoflop</c> run as a real process on the Chinchilla extraction and Porian et al.'s
/// config 4. References and tolerances as in the core tests (Approaches/): a = 0.507 (all rows) and
/// 0.518 (5 highest losses dropped) with the nine budgets at ±0.08 dex; 0.514 for Porian config 4.
/// </summary>
public sealed class IsoFlopCommandTests : WithTempFolder
{
    private const string NineBudgets = "6e18,1e19,3e19,6e19,1e20,3e20,6e20,1e21,3e21";

    [Fact]
    public void Nine_budgets_give_the_reference_exponent()
    {
        var json = ScalingProcess.Run("isoflop", ScalingProcess.Chinchilla, "--budgets", NineBudgets, "--json").AssertSuccess().Json;

        var a = Near.Number(json["a"], "a");
        Assert.Equal(0.507, a, 0.005);
        Assert.Equal(1 - a, Near.Number(json["b"], "b"), 1e-12);
        var budgets = json["budgets"]!.AsArray();
        Assert.Equal([6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21], budgets.Select(b => Near.Number(b!["flops"])));
        Assert.All(budgets, b =>
        {
            Assert.Null(b!["excluded"]);
            Near.Relative(Near.Number(b["flops"]), 6 * Near.Number(b["params"]) * Near.Number(b["tokens"]), 1e-12, "C = 6ND");
            Assert.InRange(Near.Number(b["loss"]), 2.0, 3.2);
        });
        Assert.Null(json["bootstrap"]);
    }

    [Fact]
    public void Dropping_the_5_highest_losses_gives_the_reference_exponent()
    {
        var json = ScalingProcess.Run("isoflop", ScalingProcess.Chinchilla, "--budgets", NineBudgets, "--drop-highest-loss", "5", "--json").AssertSuccess().Json;

        Assert.Equal(0.518, Near.Number(json["a"]), 0.005);
        Assert.Equal(24, Near.Number(json["budgets"]![1]!["runs"])); // 1e19 loses its 5 worst runs
    }

    [Fact]
    public void Budgets_may_be_separate_values_with_suffixes()
    {
        var json = ScalingProcess.Run(
            "isoflop", ScalingProcess.Chinchilla, "--budgets", "6000P", "1e19", "3e19,6e19", "100000P", "3e20,6e20,1e21,3e21", "--json").AssertSuccess().Json;

        Assert.Equal(0.507, Near.Number(json["a"]), 0.005);
    }

    [Fact]
    public void Bootstrap_adds_intervals_and_is_reproducible()
    {
        string[] args = ["isoflop", ScalingProcess.Chinchilla, "--budgets", NineBudgets, "--drop-highest-loss", "5", "--bootstrap", "300", "--seed", "7", "--json"];
        var first = ScalingProcess.Run(args).AssertSuccess();
        var again = ScalingProcess.Run(args).AssertSuccess();

        Assert.Equal(first.Stdout, again.Stdout);
        var json = first.Json;
        var bootstrap = json["bootstrap"]!;
        Assert.Equal((300, 7, 300), (Near.Number(bootstrap["resamples"]), Near.Number(bootstrap["seed"]), Near.Number(bootstrap["succeeded"])));
        foreach (var name in new[] { "a", "b" })
        {
            var ci = bootstrap[name]!["ci95"]!.AsArray().Select(v => Near.Number(v)).ToArray();
            Assert.InRange(Near.Number(json[name]), ci[0], ci[1]);
            Assert.InRange(Near.Number(bootstrap[name]!["se"]), 0.005, 0.03);
        }
    }

    [Fact]
    public void Human_report_has_the_budget_table_and_the_exponents()
    {
        var output = ScalingProcess.Run("isoflop", ScalingProcess.Chinchilla, "--budgets", NineBudgets, "--bootstrap", "100").AssertSuccess().Stdout;

        foreach (var text in new[] { "IsoFLOP profiles", "9 budgets given; runs within ±0.08 dex of each", "FLOPs C", "N_opt", "D_opt", "loss at min", "6e18", "a = 0.5068", "b = 0.4932", "95% interval", "100 of 100 resamples" })
            Assert.Contains(text, output);
    }

    [Theory]
    [InlineData(new string[0], 0.507)]
    [InlineData(new[] { "--drop-highest-loss", "5" }, 0.518)]
    public void Without_budgets_the_nine_round_budgets_are_found_and_give_the_reference_exponent(string[] options, double reference)
    {
        var found = ScalingProcess.Run(["isoflop", ScalingProcess.Chinchilla, .. options, "--json"]).AssertSuccess().Json;
        var given = ScalingProcess.Run(["isoflop", ScalingProcess.Chinchilla, .. options, "--budgets", NineBudgets, "--json"]).AssertSuccess().Json;

        Assert.Equal(reference, Near.Number(found["a"]), 0.005);
        Assert.Equal(Near.Number(given["a"]), Near.Number(found["a"]), 0.005);
        Assert.Equal([6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21], found["budgets"]!.AsArray().Select(b => Near.Number(b!["flops"])));
        var design = found["design"]!;
        Assert.Equal(("round-grid", "1-3-6", 9), ((string?)design["found"], (string?)design["grid"], Near.Number(design["budgets"])));
        Assert.Null(given["design"]);
    }

    [Fact]
    public void Found_budgets_are_described_with_the_runs_left_off_them()
    {
        var output = ScalingProcess.Run("isoflop", ScalingProcess.Chinchilla).AssertSuccess().Stdout;

        Assert.Contains("9 budgets found at round values of compute (1-3-6 × 10^k, runs within ±0.08 dex); 80 runs lie off them and are not used", output);
        Assert.Contains("a = 0.5068", output);
    }

    [Fact]
    public void A_grid_over_N_and_D_is_refused_with_a_pointer_to_Approach_3()
    {
        // No two runs of the grid share a compute.
        var rows = TrainingCurves.Grid().Rows.Select(r => FormattableString.Invariant($"{r.Params:R},{r.Tokens:R},{r.Loss:R}"));
        var file = temp.Write("grid.csv", string.Join("\n", rows.Prepend("params,tokens,loss")) + "\n");

        ScalingProcess.Run("isoflop", file).AssertInputError(
            "grid.csv: Approach 2 cannot be applied to this design: compute varies continuously", "no 3 budgets with 3 sizes each", "Use Approach 3 instead: 'scaling fit'");
    }

    [Fact]
    public void A_family_of_training_checkpoints_is_refused()
    {
        ScalingProcess.Run("isoflop", "--dataset", "opt").AssertInputError(
            "dataset opt: Approach 2 cannot be applied to this design: compute varies continuously", "'scaling fit'");
    }

    [Fact]
    public void Plot_isoflop_refuses_the_same_designs_and_writes_nothing()
    {
        var path = Path.Combine(temp.FullName, "opt.svg");

        ScalingProcess.Run("plot", "isoflop", "--dataset", "opt", "--out", path).AssertInputError(
            "dataset opt: Approach 2 cannot be applied to this design: compute varies continuously", "'scaling fit'");
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Approach_3s_exponent_is_shown_beside_Approach_2s_with_intervals()
    {
        var json = ScalingProcess.Run("isoflop", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--json").AssertSuccess().Json;
        var output = ScalingProcess.Run("isoflop", ScalingProcess.Chinchilla, "--drop-highest-loss", "5").AssertSuccess().Stdout;

        var comparison = json["comparison"]!;
        var (approach2, approach3) = (comparison["approach2"]!, comparison["approach3"]!);
        Assert.Equal(Near.Number(json["a"]), Near.Number(approach2["a"]), 1e-12);
        Assert.Equal("regression through the 9 vertices", (string?)approach2["interval"]);
        // Epoch's refit of the Chinchilla law on these 240 rows implies a ≈ 0.513 (shared/data/README.md).
        Assert.Equal(0.513, Near.Number(approach3["a"]), 0.003);
        Assert.Equal("delta method", (string?)approach3["interval"]);
        foreach (var estimate in new[] { approach2, approach3 })
        {
            var ci = estimate["ci95"]!.AsArray().Select(v => Near.Number(v)).ToArray();
            Assert.InRange(Near.Number(estimate["a"]), ci[0], ci[1]);
        }
        Assert.False((bool)comparison["disagree"]!);
        Assert.Null(comparison["warning"]);
        Assert.Contains("Approach 2 (IsoFLOP parabolas)   a = 0.5175, 95% interval [", output);
        Assert.Contains("Approach 3 (fitted law, β/(α+β)) a = 0.5139, 95% interval [", output);
        Assert.DoesNotContain("disagree", output);
    }

    [Fact]
    public void Porian_config_4_with_automatic_budgets_gives_the_reference_exponent()
    {
        var json = ScalingProcess.Run("isoflop", PorianConfig4(), "--json").AssertSuccess().Json;

        Assert.Equal(0.5137, Near.Number(json["a"]), 0.0005);
        var budgets = json["budgets"]!.AsArray();
        Assert.Equal(12, budgets.Count);
        Assert.Equal("gaps", (string?)json["design"]!["found"]);
        Assert.All(budgets, b => Assert.Null(b!["excluded"]));
    }

    [Fact]
    public void Porian_config_2_shows_Approach_2_and_Approach_3_disagreeing()
    {
        // "Correcting warmup" (Kaplan-style cosine decay over a long horizon): the IsoFLOP vertices and the
        // fitted law part ways, which is why Porian et al. go on to tune the decay.
        var file = Porian(2, 132);
        var json = ScalingProcess.Run("isoflop", file, "--json").AssertSuccess().Json;
        var output = ScalingProcess.Run("isoflop", file).AssertSuccess().Stdout;

        var comparison = json["comparison"]!;
        Assert.Equal(0.659, Near.Number(comparison["approach2"]!["a"]), 0.001);
        Assert.Equal(0.539, Near.Number(comparison["approach3"]!["a"]), 0.003);
        Assert.True((bool)comparison["disagree"]!);
        Assert.StartsWith("Approach 2 and Approach 3 disagree: a = 0.659 [0.629, 0.689] from the IsoFLOP profiles against 0.539 [", (string?)comparison["warning"]);
        Assert.Contains("Approach 2 and Approach 3 disagree: a = 0.659", output);
    }

    [Fact]
    public void A_budget_column_groups_runs_by_its_values()
    {
        var file = PorianConfig4(budgetColumn: true);

        var byColumn = ScalingProcess.Run("isoflop", file, "--budget-column", "budget", "--json").AssertSuccess().Json;
        var automatic = ScalingProcess.Run("isoflop", file, "--json").AssertSuccess().Json;

        Assert.Equal(Near.Number(automatic["a"]), Near.Number(byColumn["a"]), 1e-12);
        Assert.Equal(12, byColumn["budgets"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("--budgets", "lots", "--budgets lots: 'lots' is not a quantity")]
    [InlineData("--budgets", "0", "--budgets 0: every value must be a positive number")]
    [InlineData("--tolerance", "0", "--tolerance 0: a run's distance from its budget is a positive number of dex")]
    [InlineData("--tolerance", "-1", "--tolerance -1: a run's distance")]
    [InlineData("--tolerance", "abc", "--tolerance abc: 'abc' is not a quantity")]
    [InlineData("--budgets", "1,5e19", "--budgets 1,5e19: commas separate values here, so this reads as 1 and 5e19; a decimal comma is not read")]
    [InlineData("--budget-column", "bucket", "no column 'bucket' to take budgets from (the file has 'color', 'hex_color', 'x', 'y';")]
    [InlineData("--bootstrap", "1", "--bootstrap 1: use at least 2 resamples")]
    [InlineData("--bootstrap", "-5", "--bootstrap -5: give a number of resamples")]
    public void Bad_options_are_one_line_errors(string option, string value, string fragment)
    {
        ScalingProcess.Run("isoflop", ScalingProcess.Chinchilla, option, value).AssertInputError(fragment);
    }

    [Fact]
    public void Budgets_with_no_runs_are_a_one_line_error()
    {
        ScalingProcess.Run("isoflop", ScalingProcess.Chinchilla, "--budgets", "1e15,1e16").AssertInputError(
            "only 0 of 2 compute budgets give an interior parabola minimum", "--budgets");
    }

    [Fact]
    public void Budgets_and_a_budget_column_together_are_a_one_line_error()
    {
        ScalingProcess.Run("isoflop", ScalingProcess.Chinchilla, "--budgets", NineBudgets, "--budget-column", "x").AssertInputError("not both");
    }

    [Fact]
    public void Help_has_an_example_and_every_option() =>
        ScalingProcess.Run("isoflop", "--help").AssertHelp("scaling isoflop runs.csv --budgets", "--map", "--drop-highest-loss", "--min-tokens", "--budgets", "--tolerance", "--budget-column", "--bootstrap", "--seed", "--json");

    // The rows of Porian et al.'s summary_df config (121 rows for config 4, 132 for config 2), copied line for
    // line, optionally with a 'budget' column holding each row's C.
    private string PorianConfig4(bool budgetColumn = false) => Porian(4, 121, budgetColumn);

    private string Porian(int config, int rowCount, bool budgetColumn = false)
    {
        var lines = File.ReadAllLines(Path.Combine(TestData.SharedData, "porian", "isoflop_points.csv"));
        var header = lines[0].Split(',');
        var flops = Array.IndexOf(header, "flops");
        var rows = lines.Skip(1).Where(l => l.StartsWith($"summary_df,{config},", StringComparison.Ordinal))
            .Select(l => budgetColumn ? $"{l},{l.Split(',')[flops]}" : l);
        var content = string.Join("\n", rows.Prepend(budgetColumn ? lines[0] + ",budget" : lines[0])) + "\n";
        Assert.Equal(rowCount + 1, content.Count(c => c == '\n'));
        return temp.Write($"porian{config}{(budgetColumn ? "-budget" : "")}.csv", content);
    }
}
