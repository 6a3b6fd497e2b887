using System.Globalization;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling curve rank</c>: each candidate run's forecast final loss with its interval and P(best), on files still going
/// (--steps) and as a backtest on the Multi-Power runs (--fit-fraction), with the bad inputs refused in one line.
/// </summary>
public sealed class CurveRankCommandTests : WithTempFolder
{
    private const string SameLength = "constant_24000,cosine_24000,wsd_20000_24000,wsdld_20000_24000";

    private static CliResult Rank(params string[] args) => ScalingProcess.Run(["curve", "rank", .. args]);

    // Three runs logged every 100 steps to step 2,000 of a planned 8,000, each L0 + A·t^−α with 0.3 % seeded noise;
    // at step 8,000 they reach 2.172 (a), 2.070 (b) and 2.310 (c).
    private string Runs(params string[] names)
    {
        var laws = new Dictionary<string, (double L0, double A, double Alpha)> { ["a"] = (2.0, 4, 0.35), ["b"] = (1.8, 4, 0.3), ["c"] = (2.2, 4, 0.4) };
        var random = new Random(7);
        var rows = names.SelectMany(name => Enumerable.Range(1, 20).Select(i =>
        {
            var (l0, a, alpha) = laws[name];
            var loss = (l0 + a * Math.Pow(100 * i, -alpha)) * (1 + 0.003 * (2 * random.NextDouble() - 1));
            return $"{name},{100 * i},{loss.ToString("R", CultureInfo.InvariantCulture)}";
        }));
        return temp.Write(string.Concat(names) + ".csv", "run,step,loss\n" + string.Join("\n", rows) + "\n");
    }

    [Fact]
    public void Runs_still_going_are_forecast_at_the_planned_step_with_intervals_and_probabilities_that_sum_to_one()
    {
        var file = Runs("a", "b", "c");

        var json = Rank(file, "--law", "power", "--steps", "8000", "--json").AssertSuccess().Json;
        var text = Rank(file, "--law", "power", "--steps", "8000").AssertSuccess().Stdout;

        var runs = json["runs"]!.AsArray();
        Assert.Equal(["a", "b", "c"], runs.Select(r => r!["run"]!.GetValue<string>()));
        var truth = new[] { 2.0 + 4 * Math.Pow(8000, -0.35), 1.8 + 4 * Math.Pow(8000, -0.3), 2.2 + 4 * Math.Pow(8000, -0.4) };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(2_000, Near.Number(runs[i]!["fittedThrough"]));
            Assert.Equal(8_000, Near.Number(runs[i]!["finalStep"]));
            Assert.Null(runs[i]!["observed"]);
            var (low, high) = (Near.Number(runs[i]!["ci95"]![0]), Near.Number(runs[i]!["ci95"]![1]));
            Assert.InRange(Near.Number(runs[i]!["forecast"]), low, high);
            Assert.InRange(truth[i], low, high);
        }
        var best = runs.Select(r => Near.Number(r!["pBest"])).ToArray();
        Assert.Equal(1.0, best.Sum(), 9);
        Assert.Equal(1, Array.IndexOf(best, best.Max())); // b ends lowest
        Assert.Null(json["score"]);
        Assert.Equal(42, Near.Number(json["seed"]));
        Assert.Contains("independent normal", json["assumption"]!.GetValue<string>());
        Assert.Contains("P(best)", text);
        Assert.Contains("the loss forecast at the planned last step 8,000", text);
        // Seeded: the same seed draws the same probabilities, another seed others (10,000 draws: within ±0.02).
        Assert.Equal(best, Rank(file, "--law", "power", "--steps", "8000", "--json").AssertSuccess().Json["runs"]!.AsArray().Select(r => Near.Number(r!["pBest"])));
        var other = Rank(file, "--law", "power", "--steps", "8000", "--seed", "7", "--json").AssertSuccess().Json["runs"]!.AsArray().Select(r => Near.Number(r!["pBest"])).ToArray();
        Assert.All(best.Zip(other), p => Assert.InRange(p.Second, p.First - 0.02, p.First + 0.02));
    }

    [Fact]
    public void Planned_tokens_become_each_run_s_planned_step_at_its_own_tokens_per_step()
    {
        // Run a trains 1,000 tokens a step, run b 2,000 (a larger batch): 8M tokens are step 8,000 of a, 4,000 of b.
        var rows = new[] { ("a", 1_000), ("b", 2_000) }.SelectMany(r => Enumerable.Range(1, 20).Select(i =>
            $"{r.Item1},{100 * i},{100 * i * r.Item2},{(2 + 4 * Math.Pow(100 * i, -0.3)).ToString("R", CultureInfo.InvariantCulture)}"));
        var file = temp.Write("tokens.csv", "run,step,tokens,loss\n" + string.Join("\n", rows) + "\n");

        var runs = Rank(file, "--law", "power", "--tokens", "8M", "--json").AssertSuccess().Json["runs"]!.AsArray();

        Assert.Equal([8_000.0, 4_000.0], runs.Select(r => Near.Number(r!["finalStep"])));
        Assert.Contains("at each run's planned last step", Rank(file, "--law", "power", "--tokens", "8M").AssertSuccess().Stdout);
        Rank(Runs("a", "b"), "--law", "power", "--tokens", "8M").AssertInputError("run a: no tokens column, so --tokens cannot be turned into a step");
        Rank(file, "--law", "power", "--tokens", "8M", "--steps", "8000").AssertInputError("--steps N or --tokens D, not both");
    }

    /// <summary>
    /// The backtest of docs/curves.md: the four 24,000-step schedules of each Multi-Power size, one law fitted to their first P
    /// together (--pool), the schedule forecast lowest against the one that ended lowest. Measured values (ranks are
    /// discrete, so to 1e-9); the loss at the cut never picks wsd, which ends lowest every time.
    /// </summary>
    [Theory]
    [InlineData("25M", "0.2", "cosine_24000", 0.4, "cosine_24000", 0.316227766)]
    [InlineData("25M", "0.3", "wsd_20000_24000", 1.0, "cosine_24000", 0.316227766)]
    [InlineData("25M", "0.5", "wsd_20000_24000", 1.0, "cosine_24000", -0.737864787)]
    [InlineData("100M", "0.2", "wsdld_20000_24000", 0.6, null, 0.258198890)]
    [InlineData("100M", "0.3", "wsd_20000_24000", 1.0, "cosine_24000", -0.258198890)]
    [InlineData("100M", "0.5", "wsd_20000_24000", 1.0, "cosine_24000", -0.258198890)]
    [InlineData("400M", "0.2", "wsd_20000_24000", 1.0, "cosine_24000", -0.258198890)]
    [InlineData("400M", "0.3", "wsd_20000_24000", 1.0, "cosine_24000", -0.258198890)]
    [InlineData("400M", "0.5", "wsd_20000_24000", 1.0, "cosine_24000", -0.258198890)]
    public void Pooled_backtest_on_the_multipower_schedules_of_one_length(string size, string fraction, string predicted, double rho, string? baseline, double baselineRho)
    {
        var score = Rank("--dataset", $"multipower-{size}", "--run", SameLength, "--pool", "--fit-fraction", fraction, "--json").AssertSuccess().Json["score"]!;

        Assert.Equal("wsd_20000_24000", score["actualBest"]!.GetValue<string>());
        Assert.Equal(predicted, score["predictedBest"]!.GetValue<string>());
        Assert.Equal(predicted == "wsd_20000_24000", score["top1"]!.GetValue<bool>());
        Assert.Equal(rho, Near.Number(score["spearman"]), 1e-9);
        Assert.Equal(baseline, score["baseline"]!["best"]?.GetValue<string>()); // null: constant, wsd and wsdld tie at the cut
        Assert.Equal(baselineRho, Near.Number(score["baseline"]!["spearman"]), 1e-8);
    }

    /// <summary>Fitted one run at a time, a run cut before its decay shows the law nothing of it: at 30 % no size picks wsd.</summary>
    [Theory]
    [InlineData("25M", "cosine_24000")]
    [InlineData("100M", "cosine_24000")]
    [InlineData("400M", "wsdld_20000_24000")]
    public void Per_run_fits_cut_before_the_decay_miss_the_best_schedule(string size, string predicted)
    {
        var score = Rank("--dataset", $"multipower-{size}", "--run", SameLength, "--fit-fraction", "0.3", "--json").AssertSuccess().Json["score"]!;

        Assert.Equal(predicted, score["predictedBest"]!.GetValue<string>());
        Assert.False(score["top1"]!.GetValue<bool>());
    }

    [Fact]
    public void Bad_input_is_one_line_each()
    {
        var file = Runs("a", "b", "c");

        Rank(Runs("a"), "--law", "power", "--steps", "8000").AssertInputError("ranking needs at least two runs to choose among; only run a was read");
        Rank("--dataset", "multipower-25M", "--run", "cosine_24000", "--fit-fraction", "0.3").AssertInputError("at least two runs");
        Rank("--dataset", "multipower-25M", "--fit-fraction", "1.5").AssertInputError("--fit-fraction 1.5: the fitted share of a run must be above 0 and below 1");
        Rank("--dataset", "multipower-25M", "--fit-fraction", "0").AssertInputError("must be above 0 and below 1");
        Rank(file, "--law", "power", "--steps", "1000").AssertInputError("run a: the planned last step 1,000 is not past the last logged step 2,000");
        Rank(file, "--law", "power").AssertInputError("give one of --steps N");
        var logged = temp.Write("lr.csv", "run,step,lr,loss\na,100,3e-4,3.2\na,200,3e-4,3.1\na,300,3e-4,3.0\nb,100,3e-4,3.3\nb,200,3e-4,3.2\nb,300,3e-4,3.1\n");
        Rank(logged, "--steps", "8000").AssertInputError("run a: the law needs the learning rate up to the planned last step 8,000, but the run's schedule is known only through step 300");
        Rank(file, "--law", "power", "--steps", "8000", "--fit-fraction", "0.5").AssertInputError("give one of --steps N");
        Rank(file, "--law", "power", "--steps", "8000", "--run", "a,z").AssertInputError("--run z: no such run; the runs are a, b, c");
    }

    /// <summary>
    /// Runs without predictive intervals (Pythia's curves, too short to cut) get no P(best): drawn exactly, one would look certain.
    /// At --fit-fraction 0.5 pythia-70m has 7 points for the multipower law's 7 parameters, which is refused (below); 0.6 gives it more.
    /// </summary>
    [Fact]
    public void Without_intervals_no_chance_of_ending_best_is_given()
    {
        var json = Rank("--dataset", "pythia-curves", "--fit-fraction", "0.6", "--run", "pythia-70m,pythia-410m", "--json").AssertSuccess().Json;
        var text = Rank("--dataset", "pythia-curves", "--fit-fraction", "0.6", "--run", "pythia-70m,pythia-410m").AssertSuccess().Stdout;

        Assert.All(json["runs"]!.AsArray(), r => Assert.Null(r!["pBest"]));
        Assert.Contains("P(best): not given, because 2 of 2 runs have no predictive interval", text.ReplaceLineEndings(""));
    }

    /// <summary>A run fitted on as many points as the law has parameters: the law passes through each, so its forecast is unchecked.</summary>
    [Fact]
    public void A_run_of_as_many_points_as_parameters_is_refused()
    {
        Rank("--dataset", "pythia-curves", "--fit-fraction", "0.5", "--run", "pythia-70m,pythia-410m")
            .AssertInputError("dataset pythia-curves, run pythia-70m: 7 fitted points for the 7 parameters of the multipower law: the law passes through every point, so nothing checks its forecast");
    }
}
