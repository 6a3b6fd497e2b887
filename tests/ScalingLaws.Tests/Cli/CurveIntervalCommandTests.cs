namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling curve predict | compare | fit</c> give each prediction its predictive 95% interval, say how far it extrapolates, and keep the error model in the law file.</summary>
public sealed class CurveIntervalCommandTests : WithTempFolder
{
    private static CliResult Curve(params string[] args) => ScalingProcess.Run(["curve", .. args]);

    // A constant-rate run to step 4,000, logged every 100 steps, a power law in the step with 0.3 % seeded noise.
    private string Run()
    {
        var random = new Random(5);
        var rows = Enumerable.Range(1, 40).Select(i =>
        {
            var step = 100 * i;
            var noise = 1 + 0.003 * (2 * random.NextDouble() - 1);
            return $"{step},3e-4,{(2 + 4 * Math.Pow(step, -0.35)) * noise:R}";
        });
        return temp.Write("run.csv", "step,lr,loss\n" + string.Join("\n", rows) + "\n");
    }

    [Fact]
    public void Predict_gives_each_point_its_interval_and_distance_in_text_and_json()
    {
        var run = Run();

        var json = Curve("predict", run, "--law", "power", "--fit-fraction", "0.5", "--json").AssertSuccess().Json;
        var text = Curve("predict", run, "--law", "power", "--fit-fraction", "0.5").AssertSuccess().Stdout;

        var curve = json["curves"]![0]!;
        var points = curve["points"]!.AsArray();
        Assert.Equal(20, points.Count);
        foreach (var point in points)
        {
            var (low, high) = (Near.Number(point!["ci95"]![0]), Near.Number(point["ci95"]![1]));
            Assert.InRange(Near.Number(point["predicted"]), low, high);
            Near.Relative(Near.Number(point["step"]) / 2_000, Near.Number(point["extrapolation"]!["factor"]), 1e-12, "factor over the last fitted step");
        }
        var coverage = curve["coverage"]!;
        Assert.Equal(20, Near.Number(coverage["points"]));
        Assert.InRange(Near.Number(coverage["coverage"]), 0, 1);
        Assert.Equal("backtest", json["extrapolation"]!["source"]!.GetValue<string>()); // 20 fitted points: every cut keeps at least 9
        Assert.Equal([100.0, 2_000.0], json["extrapolation"]!["ranges"]!["step"]!.AsArray().Select(v => Near.Number(v)));
        Assert.Contains("step 4,000 is 2× the last fitted step (2,000)", text);
        Assert.Contains("predictive 95% interval", text);
        Assert.Contains("of the 20 predicted points", text);
    }

    [Fact]
    public void Compare_json_has_each_law_s_coverage()
    {
        var json = Curve("compare", Run(), "--fit-fraction", "0.5", "--json").AssertSuccess().Json;

        foreach (var law in json["laws"]!.AsArray())
        {
            var coverage = law!["coverage"]!;
            Assert.InRange(Near.Number(coverage["coverage"]), 0, 1);
            Assert.Equal(2.0, Near.Number(coverage["maxFactor"]), 12);
            Near.Relative(Near.Number(coverage["meanRelativeHalfWidth"]) / Near.Number(coverage["meanRelativeError"]), Near.Number(coverage["widthRatio"]), 1e-9, "ratio");
        }
    }

    [Fact]
    public void Law_file_carries_the_error_model_and_predict_reads_it()
    {
        var run = Run();
        var law = Path.Combine(temp.FullName, "law.json");

        var fit = Curve("fit", run, "--law", "power", "--fit-fraction", "0.5", "--json", "--out", law).AssertSuccess().Json;
        var predicted = Curve("predict", run, "--law-file", law, "--json").AssertSuccess().Json;

        var saved = fit["extrapolation"]!;
        Assert.Equal(saved.ToJsonString(), predicted["extrapolation"]!.ToJsonString());
        var last = predicted["curves"]![0]!["points"]!.AsArray()[^1]!;
        Assert.Equal(2.0, Near.Number(last["extrapolation"]!["factor"]), 12);
        var sigma = Math.Sqrt(Math.Pow(Near.Number(saved["sigma0"]), 2) + Math.Pow(Near.Number(saved["slope"]) * Math.Log10(2) / Math.Log10(20), 2));
        var half = Near.Number(saved["multiplier"]) * sigma;
        Near.Relative(Near.Number(last["predicted"]) * Math.Exp(half), Near.Number(last["ci95"]![1]), 1e-9, "upper end from the saved model");
    }

    [Fact]
    public void A_law_file_without_the_error_model_still_predicts_without_intervals()
    {
        var old = temp.Write("old.json", """{ "law": "power", "formula": "L = E + A·t^(−α)", "params": { "E": 2.0, "A": 4.0, "alpha": 0.35 } }""");

        var json = Curve("predict", Run(), "--law-file", old, "--json").AssertSuccess().Json;
        var text = Curve("predict", Run(), "--law-file", old).AssertSuccess().Stdout;

        Assert.Null(json["extrapolation"]);
        Assert.Null(json["curves"]![0]!["points"]![0]!["ci95"]);
        Assert.Null(json["curves"]![0]!["coverage"]);
        Assert.Contains("no predictive interval", text);
    }
}
