using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Cli;

/// <summary>The <c>scaling curve</c> commands end to end: real output on the shared data and one-line errors on bad input.</summary>
public sealed class CurveCommandTests : WithTempFolder
{
    private static CliResult Curve(params string[] args) => ScalingProcess.Run(["curve", .. args]);

    // curve compare on Pythia's curves: the text (white space collapsed, so wrapped sentences match) and the JSON.
    private static (string Text, JsonNode Json) ComparePythia() =>
        (Regex.Replace(Curve("compare", "--dataset", "pythia-curves").AssertSuccess().Stdout, @"\s+", " "),
         Curve("compare", "--dataset", "pythia-curves", "--json").AssertSuccess().Json);

    // A cosine run to step 2,000 with a loss that follows a power law in the area under the schedule.
    private string CosineRun(string name = "run.csv", bool lr = true)
    {
        var rows = Enumerable.Range(1, 20).Select(i =>
        {
            var step = 100 * i;
            var rate = 1e-4 + 0.45e-3 * (1 + Math.Cos(Math.PI * step / 2000));
            return $"{step},{(lr ? $"{rate:R}," : "")}{2 + 3 * Math.Pow(step * 5e-4, -0.4):R}";
        });
        return temp.Write(name, (lr ? "step,lr,loss\n" : "step,loss\n") + string.Join("\n", rows) + "\n");
    }

    [Fact]
    public void Compare_on_multipower_prints_every_law_per_curve_as_json()
    {
        var json = Curve("compare", "--dataset", "multipower-25M", "--json").AssertSuccess().Json;

        var curves = json["curves"]!.AsArray();
        Assert.Equal(6, curves.Count);
        Assert.Equal(["power", "tissue", "multipower"], curves[0]!["laws"]!.AsArray().Select(l => l!["law"]!.GetValue<string>()));
        var multipower = json["average"]!.AsArray().Single(l => l!["law"]!.GetValue<string>() == "multipower")!;
        // The dataset's own procedure by default: the published averages (shared/data/README.md), to the table's digits.
        Assert.Equal(0.9988, Near.Number(multipower["r2"]), 0.00006);
        Near.Relative(0.00376, Near.Number(multipower["mae"]), 0.002, "MAE");
        Near.Relative(0.00465, Near.Number(multipower["rmse"]), 0.002, "RMSE");
        Near.Relative(0.00110, Near.Number(multipower["mre"]), 0.005, "PredE");
        Near.Relative(0.00409, Near.Number(multipower["maxre"]), 0.003, "WorstE");
    }

    [Fact]
    public void Compare_where_no_law_can_be_fitted_is_an_input_error_not_a_table_of_dashes() =>
        Curve("compare", "--dataset", "multipower-25M", "--fit-fraction", "0.01").AssertInputError(
            "run constant_24000: no point lies within the first 0.01 of the run", "its first logged step is 2,176), so nothing is left to fit");

    /// <summary>
    /// Curve commands cannot hold or bound a parameter, so a flat direction is answered with what they can do (fit on more
    /// points), never with an option they do not have.
    /// </summary>
    [Fact]
    public void Compare_advises_only_options_the_curve_commands_have()
    {
        var text = Curve("compare", "--dataset", "multipower-400M", "--fit-fraction", "0.3").AssertSuccess().Stdout;

        Assert.Contains("flat along a direction", text);
        Assert.Contains("Fit on more points (a larger --fit-fraction, or more runs).", text);
        Assert.DoesNotContain("--fix", text);
        Assert.DoesNotContain("--tie", text);
        Assert.DoesNotContain("--bound", text);
    }

    /// <summary>
    /// Pythia's first 30 % holds 4 checkpoints after warm-up per run: the Multi-Power Law (7 parameters) cannot be fitted,
    /// and Tissue's 4 parameters pass through all 4 points, which the output says once for all 16 runs and per law in JSON.
    /// </summary>
    [Fact]
    public void Compare_on_pythia_says_which_laws_cannot_be_fitted_or_are_only_interpolated()
    {
        var (text, json) = ComparePythia();

        Assert.Contains("multipower, all 16 fits: dataset pythia-curves: 4 fitted points cannot determine the 7 parameters", text);
        Assert.Contains("warning: tissue, all 16 fits: 4 points for 4 parameters", text);
        var laws = json["curves"]![0]!["laws"]!.AsArray();
        Assert.Contains("4 points for 4 parameters", laws[1]!["warnings"]![0]!.GetValue<string>());
        // The power law has 3 parameters for 4 points: no such warning (its strongly correlated pairs are reported).
        Assert.DoesNotContain(laws[0]!["warnings"]?.AsArray() ?? [], w => w!.GetValue<string>().Contains("points for"));
        Assert.Contains("cannot determine", laws[2]!["error"]!.GetValue<string>());
        var power = json["average"]!.AsArray().Single(l => l!["law"]!.GetValue<string>() == "power")!;
        Assert.Equal(-0.530, Near.Number(power["r2"]), 0.001);
        Assert.Equal(0.0537, Near.Number(power["mre"]), 0.0001);
    }

    /// <summary>
    /// Pythia's 4 fitted checkpoints per run are too few to cut, and its curves are LAMBADA perplexities, not the training losses
    /// the prior was measured on (borrowed, it covered 77% of the power law's points and 27% of Tissue's): no interval, said once per law.
    /// </summary>
    [Fact]
    public void Compare_on_pythia_gives_no_interval_borrowed_from_training_losses()
    {
        var (text, json) = ComparePythia();

        Assert.Contains("power, all 16 fits: no predictive interval: the fitted part is too short to backtest", text);
        Assert.Contains("tissue, all 16 fits: no predictive interval", text);
        Assert.Contains("measured on training losses, which these curves are not", text);
        Assert.All(json["average"]!.AsArray(), law => Assert.Null(law!["coverage"]));
        // Training losses too short to cut still get the prior (multipower-25M: the wsdcon runs).
        Assert.NotNull(Curve("compare", "--dataset", "multipower-25M", "--fit-fraction", "0.3", "--json").AssertSuccess().Json["average"]![0]!["coverage"]);
    }

    [Fact]
    public void Fit_reports_the_procedure_and_procedure_minimum_reaches_a_lower_objective()
    {
        var published = Curve("fit", "--dataset", "multipower-100M", "--json").AssertSuccess().Json;
        var minimum = Curve("fit", "--dataset", "multipower-100M", "--procedure", "minimum", "--json").AssertSuccess().Json;

        Assert.Equal("published", published["fit"]!["procedure"]!.GetValue<string>());
        Assert.Contains("AdamW steps", published["fit"]!["method"]!.GetValue<string>());
        Assert.Equal("minimum", minimum["fit"]!["procedure"]!.GetValue<string>());
        var (stopped, lowest) = (Near.Number(published["fit"]!["objective"]), Near.Number(minimum["fit"]!["objective"]));
        Assert.True(lowest < 0.5 * stopped, $"minimum {lowest:G4} against the published procedure's {stopped:G4}");
        // The engine's status and curvature standard errors at the minimum; the published procedure stops early by
        // design, so it has no minimum whose curvature could give standard errors.
        Assert.Equal("converged", minimum["fit"]!["status"]!.GetValue<string>());
        var errors = minimum["fit"]!["standardErrors"]!.AsObject();
        Assert.Equal(["L0", "A", "alpha", "B", "C", "beta", "gamma"], errors.Select(e => e.Key));
        Assert.All(errors, e => Assert.True(Near.Number(e.Value) is > 0 and < double.PositiveInfinity, $"{e.Key}: {e.Value}"));
        Assert.Empty(published["fit"]!["standardErrors"]!.AsObject());
    }

    [Fact]
    public void Fit_fraction_of_one_run_reports_laws_json_and_writes_a_law_file_that_predict_reads()
    {
        var run = CosineRun();
        var law = Path.Combine(temp.FullName, "law.json");

        var fit = Curve("fit", run, "--law", "tissue", "--fit-fraction", "0.5", "--json", "--out", law).AssertSuccess().Json;
        var compare = Curve("compare", run, "--fit-fraction", "0.5", "--json").AssertSuccess().Json;
        var predicted = Curve("predict", run, "--law-file", law, "--json").AssertSuccess().Json;

        Assert.Equal("tissue", fit["law"]!.GetValue<string>());
        Assert.Equal(10, Near.Number(fit["fit"]!["points"]));
        Assert.Equal(10, Near.Number(fit["predictions"]![0]!["points"]));
        Assert.Equal(3, compare["laws"]!.AsArray().Count);
        Assert.Equal(20, predicted["curves"]![0]!["points"]!.AsArray().Count);
        Near.Relative(Near.Number(fit["params"]!["L0"]), Near.Number(predicted["params"]!["L0"]), 1e-12, "L0 read back");

        var negative = Path.Combine(temp.FullName, "negative.json");
        var document = JsonNode.Parse(File.ReadAllText(law))!;
        document["params"]!["A"] = -3.5;
        File.WriteAllText(negative, document.ToJsonString());
        Curve("predict", run, "--law-file", negative).AssertInputError("negative.json: A = -3.5 is outside the law's domain; a constant must be a positive number");
    }

    [Fact]
    public void Bad_inputs_exit_2_with_one_line()
    {
        var run = CosineRun();
        temp.Write("unsorted.csv", "step,lr,loss\n100,1e-3,3.5\n300,1e-3,3.3\n200,1e-3,3.4\n");

        Curve("fit", Path.Combine(temp.FullName, "unsorted.csv")).AssertInputError("unsorted.csv, row 3, column 'step': step 200 does not increase");
        Curve("fit", CosineRun("nolr.csv", lr: false), "--law", "multipower").AssertInputError("nolr.csv, run nolr: the multipower law needs the learning rate, but there is no lr column");
        Curve("fit", run, "--law", "multipower", "--fit-fraction", "0.2").AssertInputError("run.csv: 4 fitted points cannot determine the 7 parameters of the multipower law");
        Curve("fit", run, "--fit-fraction", "1.5").AssertInputError("--fit-fraction 1.5: the fitted share of a run must be above 0 and below 1");
        Curve("fit", run, "--fit-fraction", "0").AssertInputError("must be above 0 and below 1");
        Curve("fit", run, "--law", "temporal").AssertInputError("run.csv: no tokens column", "pos_1");
        Curve("fit", "--dataset", "multipower-25M", "--law", "temporal").AssertInputError("--dataset does not apply to --law temporal");
        Curve("predict", run, "--law", "temporal", "--fit-fraction", "0.5").AssertInputError("--law temporal reads per-position losses");
        Curve("fit", run, "--law", "chinchilla").AssertInputError("--law 'chinchilla': unknown choice; give one of power, tissue, multipower, temporal");
        Curve("compare", run).AssertInputError("nothing to predict");
        Curve("compare", run, "--fit-fraction", "0.5", "--procedure", "adam").AssertInputError("--procedure 'adam': unknown choice; give one of minimum, published");
        Curve("fit", "--dataset", "multipower-1B").AssertInputError("unknown loss-curve dataset 'multipower-1B'");
        Curve("fit", run, "--fit-runs", "other").AssertInputError("--fit-runs: no run 'other'");
        Curve("fit", "--dataset", "pythia-curves", "--law", "power", "--out", Path.Combine(temp.FullName, "x.json")).AssertInputError("16 separate fits");
        Curve("predict", run, "--law-file", Path.Combine(temp.FullName, "missing.json")).AssertInputError("missing.json: no such file");
        Assert.False(File.Exists(Path.Combine(temp.FullName, "x.json")));
    }
}

/// <summary><c>scaling plot curve</c> writes PNG and SVG and refuses a bad file name before fitting.</summary>
public sealed class PlotCurveCommandTests : WithTempFolder
{
    [Theory]
    [InlineData("curve.png", new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData("curve.svg", new byte[] { (byte)'<', (byte)'?', (byte)'x', (byte)'m' })]
    public void Writes_the_figure(string name, byte[] header)
    {
        var path = Path.Combine(temp.FullName, name);

        ScalingProcess.Run("plot", "curve", "--dataset", "multipower-25M", "--law", "tissue", "--out", path).AssertSuccess();

        Assert.Equal(header, File.ReadAllBytes(path).Take(4).ToArray());
    }

    [Fact]
    public void Bad_extension_is_refused()
    {
        ScalingProcess.Run("plot", "curve", "--dataset", "multipower-25M", "--out", Path.Combine(temp.FullName, "curve.jpg")).AssertInputError("--out", "curve.jpg", "ending in .png, .svg or .pdf");
    }
}
