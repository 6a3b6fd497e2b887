using ScalingLaws.IO;
using ScalingLaws.IO.Selection;

namespace ScalingLaws.Tests.IO.Selection;

/// <summary><see cref="RowSelection"/> and <see cref="RowFilter"/> on the real Pythia dataset and Porian's IsoFLOP file.</summary>
public sealed class RowSelectionTests
{
    private static readonly string Porian = Path.Combine(TestData.SharedData, "porian", "isoflop_points.csv");

    private static RowSelection Where(params string[] filters) => new([], [.. filters.Select(RowFilter.Parse)], []);

    [Theory]
    [InlineData("N>=1B", "N", FilterComparison.GreaterOrEqual, 1e9)]
    [InlineData("tokens < 20B", "tokens", FilterComparison.Less, 20e9)]
    [InlineData("config_index=4", "config_index", FilterComparison.Equal, 4.0)]
    [InlineData("params!=125m", "params", FilterComparison.NotEqual, 125e6)]
    [InlineData("loss<=3.5", "loss", FilterComparison.LessOrEqual, 3.5)]
    [InlineData("step>1000", "step", FilterComparison.Greater, 1000.0)]
    public void Parse_reads_column_comparison_and_number(string text, string column, FilterComparison comparison, double number)
    {
        var filter = RowFilter.Parse(text);

        Assert.Equal(column, filter.Column);
        Assert.Equal(comparison, filter.Comparison);
        Assert.Equal(number, filter.Number!.Value, 1e-9 * number);
    }

    [Theory]
    [InlineData("source", "no comparison")]
    [InlineData("=4", "no column")]
    [InlineData("params>=", "no value")]
    [InlineData("params>=big", "'big' is not a number")]
    public void Parse_rejects_a_malformed_filter(string text, string fragment)
    {
        var error = Assert.Throws<ScalingLawsException>(() => RowFilter.Parse(text));

        Assert.Contains(fragment, error.Message);
        Assert.StartsWith("RowSelection.Filters " + text, error.Message);
    }

    [Fact]
    public void Family_and_size_filter_keep_the_large_standard_pythia_runs()
    {
        var pythia = SharedDatasets.Load("pythia");
        var selection = new RowSelection(["pythia"], [RowFilter.Parse("N>=1B")], []);

        var (table, summary) = selection.Apply(pythia);

        // 1b, 1.4b, 2.8b, 6.9b and 12b, 24 trained checkpoints each.
        Assert.Equal(120, table.Count);
        Assert.All(table.Rows, r => Assert.True(r.Family == "Pythia" && r.Params >= 1e9));
        Assert.Equal(534, summary!.Of);
        Assert.Equal("selected family Pythia, N>=1B: 120 of 534 rows", summary.Describe());
        Assert.Equal(summary.Describe(), table.Notes[^1]);
    }

    [Fact]
    public void Where_on_a_file_column_and_exclude_model_compose()
    {
        var porian = TableReader.Read(Porian);

        var config = Where("source=summary_df", "config_index=4").Apply(porian).Table;
        var small = new RowSelection([], [RowFilter.Parse("source=SUMMARY_DF"), RowFilter.Parse("config_index=4.0"), RowFilter.Parse("flops<1e17")], [])
            .Apply(porian).Table;

        Assert.Equal(121, config.Count); // shared/data/README.md: config 4 of summary_df has 121 rows
        Assert.Equal(27, small.Count); // the three budgets 1.25e16, 2.5e16 and 5e16: 8 + 9 + 10 runs
        Assert.All(small.Rows, r => Assert.True(r.Flops < 1e17));
    }

    [Fact]
    public void Exclude_model_leaves_out_one_run()
    {
        var opt = SharedDatasets.Load("opt");

        var (table, summary) = new RowSelection([], [], ["opt-175B"]).Apply(opt);

        Assert.Equal(142 - 30, table.Count); // 175b has 30 checkpoints
        Assert.DoesNotContain(table.Rows, r => r.Model == "OPT-175b");
        Assert.Equal("selected without opt-175B: 112 of 142 rows", summary!.Describe());
    }

    [Fact]
    public void Nothing_selected_returns_the_table_unchanged()
    {
        var opt = SharedDatasets.Load("opt");

        var (table, summary) = RowSelection.All.Apply(opt);

        Assert.Same(opt, table);
        Assert.Null(summary);
    }

    [Theory]
    [InlineData("pythai", "--family pythai: no such family in dataset pythia (did you mean 'Pythia'?); its families are Pythia, Pythia-deduped, Pythia-v0, Pythia-v0-deduped.")]
    public void Unknown_family_lists_the_families(string family, string message)
    {
        var error = Assert.Throws<ScalingLawsException>(() => new RowSelection([family], [], []).Apply(SharedDatasets.Load("pythia")));

        Assert.Equal(message, error.Describe(global::ScalingLaws.Cli.Options.SettingFlags.Flag));
    }

    [Fact]
    public void A_missing_column_is_named_with_the_columns_and_a_likely_spelling()
    {
        var error = Assert.Throws<ScalingLawsException>(() => Where("confg_index=4").Apply(TableReader.Read(Porian)));

        Assert.Contains("has no column 'confg_index' (did you mean 'config_index'?); its columns are params, tokens, flops, loss, config_index,", error.Message);
    }

    [Fact]
    public void A_filter_that_keeps_nothing_says_what_the_column_holds()
    {
        var porian = TableReader.Read(Porian);

        var size = Assert.Throws<ScalingLawsException>(() => Where("params>1T").Apply(porian));
        var text = Assert.Throws<ScalingLawsException>(() => Where("dataset=c4").Apply(porian));

        Assert.Contains("none of the 1,745 rows", size.Message);
        Assert.Contains("params ranges 332K–994M", size.Message);
        Assert.Contains("dataset takes rw, owt2", text.Message);
    }
}
