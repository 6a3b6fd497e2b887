namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling curve synth | positions | temporal</c> and <c>scaling plot positions</c> end to end on a small
/// synthetic file, and their one-line errors.
/// </summary>
public sealed class PositionCommandTests : WithTempFolder
{
    private string Synthetic(string name = "positions.csv", params string[] options)
    {
        var path = Path.Combine(temp.FullName, name);
        ScalingProcess.Run(["curve", "synth", "--out", path, "--context", "128", "--seed", "1", .. options]).AssertSuccess();
        return path;
    }

    [Fact]
    public void Synth_writes_the_agreed_wide_format()
    {
        var path = Synthetic();

        var lines = File.ReadAllLines(path);
        Assert.Equal(41, lines.Length);
        Assert.StartsWith("run,step,tokens,lr,loss,pos_1,pos_2,", lines[0]);
        Assert.EndsWith(",pos_128", lines[0]);
        Assert.StartsWith("synthetic-cosine,500,262144000,", lines[1]);
    }

    [Fact]
    public void Positions_reports_the_hyperbola_winning_and_uniform_learning()
    {
        var json = ScalingProcess.Run("curve", "positions", Synthetic(), "--json").AssertSuccess().Json;

        Assert.Equal("hyperbolic", (string?)json["winner"]);
        Assert.Equal(40, (int?)json["checkpoints"]);
        Assert.Equal(128, (int?)json["positions"]);
        var laws = json["laws"]!.AsArray();
        Assert.True(Near.Number(laws[0]!["r2"]) > 0.99, "hyperbolic pooled R²");
        Assert.True(Near.Number(laws[1]!["r2"]) < Near.Number(laws[0]!["r2"]), "power pooled R²");
        Assert.Equal(40, (int?)laws[0]!["wins"]);
        Assert.Equal(40, json["fits"]!.AsArray().Count);
        var overall = json["learning"]!["overall"]!;
        Assert.Equal(128, overall["reductions"]!.AsArray().Count);
        Assert.InRange(Near.Number(overall["mean"]), 0.15, 0.3);
        Assert.Equal(4, json["learning"]!["quarters"]!.AsArray().Count);
    }

    [Fact]
    public void From_step_leaves_out_the_earliest_checkpoints()
    {
        var path = Synthetic();

        var json = ScalingProcess.Run("curve", "positions", path, "--from-step", "5000", "--json").AssertSuccess().Json;

        Assert.Equal(31, (int?)json["checkpoints"]); // steps 5,000 to 20,000 every 500
        ScalingProcess.Run("curve", "temporal", path, "--from-step", "1M").AssertInputError("no checkpoint at or after step 1000000");
        ScalingProcess.Run("curve", "temporal", path, "--from-step", "abc").AssertInputError("--from-step abc: 'abc' is not a quantity");
    }

    [Fact]
    public void Temporal_predicts_the_second_half_with_metrics_on_the_predicted_part()
    {
        var result = ScalingProcess.Run("curve", "temporal", Synthetic(), "--json").AssertSuccess().Json;

        Assert.Equal(20, (int?)result["fitted"]);
        Assert.Equal(20, (int?)result["predicted"]);
        Assert.Equal("schedule", (string?)result["forms"]!["a2"]);
        var sequence = result["prediction"]!["sequence"]!;
        Assert.True(Near.Number(sequence["mre"]) < 0.002, "sequence mean relative error");
        Assert.True(Near.Number(sequence["maxre"]) < 0.004, "sequence max relative error");
        foreach (var key in new[] { "r2", "mae", "rmse", "mre", "maxre" })
            Assert.NotNull(result["prediction"]!["positions"]![key]);
        Assert.Equal(40, result["checkpointResults"]!.AsArray().Count);
        Assert.Equal(27, result["selection"]!["combinations"]!.AsArray().Count);
        // Predictive 95% intervals of the predicted sequence losses, from backtests on the fitted checkpoints.
        var intervals = result["intervals"]!;
        Assert.Equal("backtest", (string?)intervals["extrapolation"]!["source"]);
        Assert.Equal(20, Near.Number(intervals["coverage"]!["points"]));
        Assert.InRange(Near.Number(intervals["coverage"]!["coverage"]), 0.9, 1.0);
        var checkpoints = result["checkpointResults"]!.AsArray();
        Assert.Null(checkpoints[19]!["ci95"]);
        var last = checkpoints[39]!;
        Assert.InRange(Near.Number(last["predicted"]), Near.Number(last["ci95"]![0]), Near.Number(last["ci95"]![1]));
        Assert.Equal(Near.Number(last["step"]) / Near.Number(checkpoints[19]!["step"]), Near.Number(last["extrapolation"]!["factor"]), 9);
    }

    [Fact]
    public void Temporal_console_report_names_forms_and_metrics()
    {
        var stdout = ScalingProcess.Run("curve", "temporal", Synthetic(), "--fit-fraction", "0.6").AssertSuccess().Stdout;

        Assert.All(new[]
        {
            "fitted on the first 24 checkpoints",
            "Prediction of the last 16 checkpoints",
            "mean rel. error",
            "schedule",
            "predictive 95% interval",
            "the last fitted step",
        }, expected => Assert.Contains(expected, stdout));
    }

    [Theory]
    [InlineData("positions.png")]
    [InlineData("positions.svg")]
    public void Plot_positions_writes_the_figure(string name)
    {
        var output = Path.Combine(temp.FullName, name);

        var stdout = ScalingProcess.Run("plot", "positions", Synthetic(), "--out", output, "--checkpoints", "4").AssertSuccess().Stdout;

        Assert.StartsWith("wrote ", stdout);
        Assert.True(new FileInfo(output).Length > 10_000);
    }

    [Fact]
    public void Curve_fit_with_the_temporal_law_is_the_temporal_command()
    {
        var path = Synthetic();

        var viaFit = ScalingProcess.Run("curve", "fit", path, "--law", "temporal", "--fit-fraction", "0.6", "--json").AssertSuccess().Stdout;
        var direct = ScalingProcess.Run("curve", "temporal", path, "--fit-fraction", "0.6", "--json").AssertSuccess().Stdout;

        Assert.Equal(direct, viaFit);
    }

    [Theory]
    [InlineData("1.5", "--fit-fraction 1.5: give a fraction between 0 and 1")]
    [InlineData("0", "--fit-fraction 0: give a fraction between 0 and 1")]
    [InlineData("0.05", "leaves 2 to fit; the temporal law needs at least 4")]
    public void Temporal_refuses_bad_fit_fractions(string fraction, string fragment)
    {
        ScalingProcess.Run("curve", "temporal", Synthetic(), "--fit-fraction", fraction).AssertInputError(fragment);
    }

    [Fact]
    public void Temporal_refuses_unknown_forms()
    {
        ScalingProcess.Run("curve", "temporal", Synthetic(), "--forms", "logarithmic,cubic,schedule").AssertInputError("unknown form 'cubic'");
        ScalingProcess.Run("curve", "temporal", Synthetic(), "--forms", "logarithmic").AssertInputError("give 3 forms");
    }

    [Fact]
    public void Several_runs_need_a_run_name()
    {
        var path = temp.Write("two.jsonl",
            "{\"run\": \"a\", \"step\": 1, \"tokens\": 1e6, \"positions\": [4, 3, 2]}\n{\"run\": \"b\", \"step\": 1, \"tokens\": 1e6, \"positions\": [4, 3, 2]}\n");

        ScalingProcess.Run("curve", "positions", path).AssertInputError("holds 2 runs ('a', 'b'); choose one with --run NAME");
        ScalingProcess.Run("curve", "positions", path, "--run", "c").AssertInputError("no run 'c'");
    }

    [Theory]
    [InlineData("order.csv", "step,tokens,pos_1,pos_2,pos_3\n200,2e6,4,3,2\n100,1e6,4,3,2\n", "row 2, column 'step': step 100 does not increase")]
    [InlineData("ragged.jsonl", "{\"step\": 1, \"tokens\": 1e6, \"positions\": [4, 3, 2]}\n{\"step\": 2, \"tokens\": 2e6, \"positions\": [4, 3]}\n", "row 2, column 'positions': 2 positions")]
    [InlineData("inf.csv", "step,tokens,pos_1,pos_2,pos_3\n100,1e6,4,Infinity,2\n", "row 1, column 'pos_2': loss at position 2 is 'Infinity', which is not finite")]
    [InlineData("few.csv", "step,tokens,pos_1,pos_2\n100,1e6,4,3\n", "fewer than the 3 parameters")]
    public void Bad_files_give_one_line_and_exit_2(string name, string content, string fragment)
    {
        var path = temp.Write(name, content);

        ScalingProcess.Run("curve", "positions", path).AssertInputError(path, fragment);
        ScalingProcess.Run("curve", "temporal", path).AssertInputError(path, fragment);
    }

    [Fact]
    public void Temporal_needs_enough_checkpoints()
    {
        var path = Synthetic("short.csv", "--checkpoints", "6");

        ScalingProcess.Run("curve", "temporal", path).AssertInputError("leaves 3 to fit; the temporal law needs at least 4");
    }

    [Fact]
    public void Missing_file_and_bad_synth_options()
    {
        var missing = Path.Combine(temp.FullName, "missing.csv");
        ScalingProcess.Run("curve", "positions", missing).AssertInputError($"{missing}: no such file");
        ScalingProcess.Run("curve", "synth", "--out", Path.Combine(temp.FullName, "x.txt")).AssertInputError("x.txt", "ending in .csv");
        ScalingProcess.Run("curve", "synth", "--out", Path.Combine(temp.FullName, "x.csv"), "--context", "2").AssertInputError("--context 2");
    }
}
