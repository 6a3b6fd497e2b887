namespace ScalingLaws.Tests.Cli;

/// <summary>
/// --family, --where, --exclude-model and --pool on the commands that read runs, run as a real process on Pythia
/// (../shared/data) and Porian's IsoFLOP file.
/// </summary>
public sealed class SelectionCommandTests
{
    private static readonly string Porian = Path.GetRelativePath(TestData.RepositoryRoot, Path.Combine(TestData.SharedData, "porian", "isoflop_points.csv"));

    [Fact]
    public void Fit_on_all_of_pythia_refuses_to_pool_lambada_with_wikitext()
    {
        ScalingProcess.Run("fit", "--dataset", "pythia").AssertInputError(
            "Pythia, Pythia-deduped: log2(LAMBADA perplexity); Pythia-v0, Pythia-v0-deduped: log2(wikitext word perplexity)",
            "select families that share a loss, e.g. --family Pythia");
        // --pool does not override a known difference in what the loss measures.
        ScalingProcess.Run("fit", "--dataset", "pythia", "--pool").AssertInputError("different quantities");
    }

    [Fact]
    public void Fit_says_what_was_selected_in_text_and_json()
    {
        var text = ScalingProcess.Run("fit", "--dataset", "pythia", "--family", "pythia", "--where", "N>=1B").AssertSuccess().Stdout;
        var json = ScalingProcess.Run("fit", "--dataset", "pythia", "--family", "Pythia", "--where", "N>=1B", "--json").AssertSuccess().Json;

        Assert.Contains("120 rows from 5 runs in dataset pythia", text);
        Assert.Contains("· selected family Pythia, N>=1B: 120 of 534 rows", text);
        Assert.DoesNotContain("warning: ", text[..text.IndexOf("╭", StringComparison.Ordinal)]);
        var selection = json["selection"]!;
        Assert.Equal(120, (int)json["n"]!);
        Assert.Equal("Pythia", (string)selection["families"]![0]!);
        Assert.Equal("N>=1B", (string)selection["where"]![0]!);
        Assert.Equal(120, (int)selection["rows"]!);
        Assert.Equal(534, (int)selection["of"]!);
        Assert.Null(selection["warning"]);
    }

    [Fact]
    public void Two_families_with_one_loss_warn_unless_pooled()
    {
        var warned = ScalingProcess.Run("fit", "--dataset", "pythia", "--family", "Pythia", "--family", "Pythia-deduped", "--json").AssertSuccess().Json;
        var pooled = ScalingProcess.Run("fit", "--dataset", "pythia", "--family", "Pythia", "--family", "Pythia-deduped", "--pool", "--json").AssertSuccess().Json;

        Assert.Equal(
            "2 families are fitted as one law (Pythia 192 rows, Pythia-deduped 192 rows); select one with --family Pythia, or add --pool if pooling them is intended.",
            (string)warned["selection"]!["warning"]!);
        Assert.Null(pooled["selection"]!["warning"]);
        Assert.Equal(384, (int)pooled["n"]!);
    }

    [Fact]
    public void Isoflop_on_porians_whole_file_warns_and_one_configuration_gives_its_exponent()
    {
        var whole = ScalingProcess.Run("isoflop", Porian).AssertSuccess().Stdout;
        var pooled = ScalingProcess.Run("isoflop", Porian, "--pool").AssertSuccess().Stdout;
        var config = ScalingProcess.Run("isoflop", Porian, "--where", "source=summary_df", "--where", "config_index=4", "--json").AssertSuccess().Json;

        Assert.Contains("· warning: the rows are 15 configurations by source, config_index (summary_df/0 107 rows,", whole);
        Assert.Contains("select one with --where source=summary_df --where config_index=", whole);
        Assert.DoesNotContain("warning", pooled);
        // shared/data/README.md: Approach 2 on config 4 gives a ≈ 0.514, with 12 budgets.
        Assert.Equal(0.5137, (double)config["a"]!, 0.0005);
        Assert.Equal(12, config["budgets"]!.AsArray().Count);
        Assert.Equal(121, (int)config["selection"]!["rows"]!);
    }

    [Fact]
    public void Strict_counts_pooled_families_as_a_warning()
    {
        using var temp = new TempFolder();
        // Two families of one known law, L = 1.5 + 30/N^0.25, with α held so that the fit itself warns of nothing.
        var rows = new[] { "a", "b" }.SelectMany(family => Enumerable.Range(0, 10).Select(i =>
        {
            var n = 1e6 * Math.Pow(10, 0.5 * i);
            return FormattableString.Invariant($"{family},{n:G6},1e10,{(1.5 + 30 / Math.Pow(n, 0.25)) * (1 + 0.004 * Math.Sin(2.3 * i)):F6}");
        }));
        var file = temp.Write("two-families.csv", "family,params,tokens,loss\n" + string.Join("\n", rows) + "\n");
        string[] fit = ["fit", file, "--law", "power", "--fix", "alpha=0.25", "--strict"];

        var pooled = ScalingProcess.Run(fit);
        Assert.Equal(3, pooled.ExitCode);
        Assert.Contains("warning: 2 families are fitted as one law (a 10 rows, b 10 rows)", pooled.Stdout);
        ScalingProcess.Run([.. fit, "--pool"]).AssertSuccess();
    }

    [Fact]
    public void A_figure_drawn_from_pooled_configurations_repeats_the_warning()
    {
        using var temp = new TempFolder();
        var figure = Path.Combine(temp.FullName, "isoflop.png");
        var whole = ScalingProcess.Run("plot", "isoflop", Porian, "--out", figure).AssertSuccess().Stdout;
        var pooled = ScalingProcess.Run("plot", "isoflop", Porian, "--pool", "--out", figure).AssertSuccess().Stdout;

        Assert.StartsWith("warning: the rows are 15 configurations by source, config_index", whole);
        Assert.Contains("wrote " + figure, whole);
        Assert.DoesNotContain("warning", pooled);
    }

    [Fact]
    public void Backtest_selects_a_family_and_leaves_out_a_model()
    {
        var output = ScalingProcess.Run("backtest", "--dataset", "opt", "--family", "OPT", "--exclude-model", "OPT-175b", "--cuts", "3").AssertSuccess().Stdout;

        Assert.Contains("backtest by params: 112 rows from 5 runs in dataset opt (checkpoints grouped by model, N and step)", output);
        Assert.Contains("· selected family OPT, without OPT-175b: 112 of 142 rows", output);
    }

    [Theory]
    [InlineData(new[] { "--dataset", "pythia", "--family", "pythai" }, "--family pythai: no such family in dataset pythia (did you mean 'Pythia'?); its families are Pythia, Pythia-deduped, Pythia-v0, Pythia-v0-deduped.")]
    [InlineData(new[] { "--where", "confg_index=4" }, "--where confg_index=4: ", "has no column 'confg_index' (did you mean 'config_index'?); its columns are params, tokens")]
    [InlineData(new[] { "--where", "params>=abc" }, "--where params>=abc: 'abc' is not a number, so it cannot be compared with >=")]
    [InlineData(new[] { "--where", "params>1T" }, "--where params>1T: none of the 1,745 rows", "(params ranges 332K–994M); loosen or drop the filter.")]
    [InlineData(new[] { "--dataset", "opt", "--exclude-model", "OPT-175" }, "--exclude-model OPT-175: no such model", "did you mean 'OPT-175b'?")]
    public void Bad_selection_is_one_error_line(string[] options, params string[] fragments)
    {
        var args = options.Contains("--dataset") ? options : [Porian, .. options];

        ScalingProcess.Run(["fit", .. args]).AssertInputError(fragments);
    }

    [Fact]
    public void Every_command_that_reads_runs_takes_the_selection_options()
    {
        foreach (var command in new[] { new[] { "fit" }, ["report"], ["isoflop"], ["envelope"], ["backtest"], ["plot", "fit"], ["plot", "isoflop"], ["plot", "isoloss"], ["plot", "frontier"], ["plot", "backtest"] })
        {
            var help = ScalingProcess.Run([.. command, "--help"]).AssertSuccess().Stdout;
            foreach (var option in new[] { "--family", "--where", "--exclude-model", "--pool" })
                Assert.True(help.Contains(option, StringComparison.Ordinal), $"scaling {string.Join(' ', command)} --help lacks {option}");
        }
        // The study fits each family on its own, so it selects rows the same way but has nothing to pool.
        foreach (var command in new[] { new[] { "evaluate" }, ["findings"], ["plot", "are"] })
        {
            var help = ScalingProcess.Run([.. command, "--help"]).AssertSuccess().Stdout;
            foreach (var option in new[] { "--family", "--where", "--exclude-model" })
                Assert.True(help.Contains(option, StringComparison.Ordinal), $"scaling {string.Join(' ', command)} --help lacks {option}");
            Assert.DoesNotContain("--pool", help, StringComparison.Ordinal);
        }
    }
}
