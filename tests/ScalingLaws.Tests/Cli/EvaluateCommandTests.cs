using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling evaluate --dataset NAME</c> run as a real process on the datasets in ../shared/data: the tables, the
/// JSON, the one-model variant and one-line errors for studies that cannot run.
/// </summary>
public sealed class EvaluateCommandTests
{
    [Fact]
    public void Json_for_one_family_has_every_cell_with_the_error_as_a_fraction()
    {
        var json = ScalingProcess.Run("evaluate", "--dataset", "opt", "--json").AssertSuccess().Json;

        Assert.Equal(("OPT", "OPT-175b"), ((string?)json["family"], (string?)json["target"]));
        var cells = json["cells"]!.AsArray();
        Assert.Equal(4 * 10, cells.Count);
        foreach (var k in new[] { 3, 4, 5 })
        {
            var row = cells.Where(c => (int)c!["k"]! == k).ToArray();
            Assert.Equal(HitchhikerTables.Fractions, row.Select(c => (double)c!["fraction"]!));
            for (var i = 0; i < row.Length; i++)
            {
                Assert.Equal("ok", (string?)row[i]!["status"]);
                Assert.Equal(HitchhikerTables.Opt[k][i] / 100, (double)row[i]!["are"]!, 0.005);
            }
        }
        var missing = cells.Single(c => (int)c!["k"]! == 5 && (double)c["fraction"]! == 0.1)!;
        Assert.Equal(4, (int)missing["models"]!);
    }

    [Fact]
    public void The_report_is_a_table_of_k_by_p_in_percent()
    {
        var output = ScalingProcess.Run("evaluate", "--dataset", "opt", "--models", "3,5", "--fit-fraction", "0.1,0.5,1").AssertSuccess().Stdout;

        foreach (var text in new[] { "Estimation study", "on opt: least-squares", "OPT: predict OPT-175b (175B) from the k smallest sizes",
                                     "checkpoints above 10B tokens", "39.99", "16.11", "5.92", "54.31 (4)", "only n of the k sizes" })
            Assert.Contains(text, output);
        Assert.Matches(new Regex(@"│ k │\s+0\.1 │\s+0\.5 │\s+1\.0 │"), output);
        Assert.Matches(new Regex(@"│ 3 │\s+39\.99 │\s+16\.11 │\s+5\.92 │"), output);
    }

    [Fact]
    public void Several_families_give_an_array_and_their_average()
    {
        var json = ScalingProcess.Run("evaluate", "--dataset", "datablations", "--fit-fraction", "0.5,1", "--json").AssertSuccess().Json;

        var families = json["families"]!.AsArray();
        Assert.Equal(16, families.Count);
        Assert.All(families, f => Assert.Equal(2, f!["cells"]!.AsArray().Count));
        var average = json["average"]!.AsArray();
        Assert.Equal([0.5, 1.0], average.Select(a => (double)a!["fraction"]!));
        var ok = families.Select(f => f!["cells"]!.AsArray().Single(c => (double)c!["fraction"]! == 1.0)!).Where(c => (string?)c["status"] == "ok").ToArray();
        Assert.Equal(ok.Length, (int)average[1]!["families"]!);
        Assert.Equal(ok.Average(c => (double)c["are"]!), (double)average[1]!["are"]!, 1e-12);
    }

    [Fact]
    public void The_report_for_several_families_ends_with_their_average()
    {
        var output = ScalingProcess.Run("evaluate", "--dataset", "datablations", "--fit-fraction", "1").AssertSuccess().Stdout;

        Assert.Contains("GPT2-oscar-44: predict GPT2-oscar-44-8.7B", output);
        Assert.Contains("Average over 16 families", output);
    }

    [Fact]
    public void One_model_rows_are_the_training_models()
    {
        var json = ScalingProcess.Run("evaluate", "--dataset", "opt", "--one-model", "--json").AssertSuccess().Json;

        var cells = json["cells"]!.AsArray();
        Assert.Equal(6 * 10, cells.Count);
        var own = cells.Single(c => (string?)c!["model"] == "OPT-175b" && (double)c["fraction"]! == 1.0)!;
        Assert.Equal(0.0073, (double)own["are"]!, 0.0005);
        var empty = cells.Single(c => (string?)c!["model"] == "OPT-13b" && (double)c["fraction"]! == 0.1)!;
        Assert.Equal(("too few rows", "1 training row for 3 free parameters."), ((string?)empty["status"], (string?)empty["reason"]));
        Assert.Null(empty["are"]);
    }

    [Fact]
    public void Without_the_token_cut_the_no_cut_figure_is_reproduced()
    {
        var json = ScalingProcess.Run("evaluate", "--dataset", "opt", "--token-cut", "0", "--models", "5", "--json").AssertSuccess().Json;

        var cells = json["cells"]!.AsArray();
        for (var i = 0; i < cells.Count; i++)
            Assert.Equal(HitchhikerTables.OptNoCutK5[i] / 100, (double)cells[i]!["are"]!, 0.005);
    }

    [Fact]
    public void The_huber_grid_fit_runs_a_cell()
    {
        var json = ScalingProcess.Run("evaluate", "--dataset", "opt", "--objective", "huber-log", "--models", "3", "--fit-fraction", "1", "--json").AssertSuccess().Json;

        var cell = json["cells"]!.AsArray().Single()!;
        Assert.Equal("ok", (string?)cell["status"]);
        Assert.InRange((double)cell["are"]!, 0, 1);
    }

    [Fact]
    public void Scale_down_and_target_fraction_change_the_target_and_the_training_sizes()
    {
        var down = ScalingProcess.Run("evaluate", "--dataset", "opt", "--scale-down", "--models", "2", "--fit-fraction", "1", "--json").AssertSuccess().Json;
        var own = ScalingProcess.Run("evaluate", "--dataset", "opt", "--target-fraction", "0.3", "--models", "2", "--fit-fraction", "1", "--json").AssertSuccess().Json;

        Assert.Equal("OPT-125m", (string?)down["target"]);
        Assert.Equal(3, (int)own["cells"]![0]!["models"]!); // 125m, 1.3b and the target itself
    }

    [Fact]
    public void An_unknown_dataset_is_a_one_line_error()
    {
        ScalingProcess.Run("evaluate", "--dataset", "opx").AssertInputError("unknown dataset 'opx'", "did you mean 'opt'");
    }

    [Fact]
    public void A_family_with_fewer_than_3_sizes_is_a_one_line_error()
    {
        ScalingProcess.Run("evaluate", "--dataset", "olmo").AssertInputError("family 'OLMo' has 2 model sizes", "at least 3");
    }

    [Theory]
    [InlineData("--models", "6", "k = 6 is out of range for family 'OPT'", "from 2 to 5")]
    [InlineData("--models", "1", "--models 1", "at least 2")]
    [InlineData("--models", "2.5", "--models 2.5", "whole numbers")]
    [InlineData("--fit-fraction", "1.5", "--fit-fraction 1.5", "above 0 and at most 1")]
    [InlineData("--fit-fraction", "0", "--fit-fraction 0", "above 0 and at most 1")]
    [InlineData("--target-fraction", "0", "--target-fraction 0", "above 0 and at most 1")]
    [InlineData("--token-cut", "-5", "--token-cut -5", "give 0")]
    [InlineData("--objective", "l2", "--objective 'l2': unknown choice", "least-squares, huber-log")]
    [InlineData("--family", "GPT", "--family GPT", "its families are OPT")]
    [InlineData("--start-stride", "0", "--start-stride 0", "k ≥ 1")]
    public void Out_of_range_options_are_one_line_errors(string option, string value, string fragment, string advice)
    {
        ScalingProcess.Run("evaluate", "--dataset", "opt", option, value).AssertInputError(fragment, advice);
    }

    [Fact]
    public void Grid_options_are_refused_with_one_model()
    {
        ScalingProcess.Run("evaluate", "--dataset", "opt", "--one-model", "--models", "3").AssertInputError("--models does not apply with --one-model");
    }

    [Fact]
    public void A_missing_dataset_is_a_one_line_error()
    {
        ScalingProcess.Run("evaluate").AssertInputError("--dataset");
    }

    [Fact]
    public void Help_has_an_example_and_every_option() =>
        ScalingProcess.Run("evaluate", "--help").AssertHelp("scaling evaluate --dataset opt", "--dataset", "--data-dir", "--family", "--token-cut", "--objective", "--models", "--fit-fraction", "--target-fraction", "--scale-down", "--one-model", "--json");
}
