namespace ScalingLaws.Tests.Cli;

/// <summary>
/// A study trained at several learning rates and batch sizes (seconds: 1-layer models, 16-token context): its results
/// feed <c>hparams --sweep</c>, whose point has a bootstrap interval; and its runs at three learning rates are ranked
/// early by the temporal law (<c>curve rank --law temporal</c>), a run it cannot forecast listed with the reason.
/// </summary>
public sealed class StudySweepCommandTests
{
    [Fact]
    public void A_learning_rate_and_batch_sweep_feeds_hparams()
    {
        using var temp = new TempFolder();
        var study = Train(temp, "--params", "3K,12K", "--tokens", "8192,16384", "--lr", "4e-3,8e-3,1.6e-2", "--batch", "2,4,8", "--eval-sequences", "64", "--checkpoints", "2");
        var results = File.ReadAllLines(Path.Combine(study, "results.csv"));
        Assert.Equal(1 + 2 * 2 * 3 * 3, results.Length);
        Assert.Contains(results, r => r.StartsWith("12K-16.4K-lr0.008-b4,", StringComparison.Ordinal) && r.EndsWith(",0.008,64", StringComparison.Ordinal));

        var fit = ScalingProcess.Run("hparams", "--sweep", Path.Combine(study, "results.csv"), "--params", "50K", "--tokens", "100K", "--bootstrap", "200", "--json").AssertSuccess().Json;
        Assert.Equal(4, fit["sweep"]!["optima"]!.AsArray().Count);
        Assert.All(fit["sweep"]!["optima"]!.AsArray(), o => Assert.Equal(9, (int)o!["runs"]!));
        var lr = fit["learningRate"]!.GetValue<double>();
        Assert.True(lr > 0 && double.IsFinite(lr), $"lr {lr}");
        // The intervals come from the replicates whose every cell still had a bowl: given when at least half did, else left out.
        var used = (int)fit["bootstrap"]!["used"]!;
        Assert.Equal(200, (int)fit["bootstrap"]!["requested"]!);
        Assert.InRange(used, 0, 200);
        if (used >= 100)
        {
            var ci = fit["learningRateCi95"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
            Assert.True(ci[0] < ci[1], $"[{ci[0]}, {ci[1]}]");
        }
        else
        {
            Assert.Null(fit["learningRateCi95"]);
            var text = ScalingProcess.Run("hparams", "--sweep", Path.Combine(study, "results.csv"), "--params", "50K", "--tokens", "100K", "--bootstrap", "200").AssertSuccess().Stdout;
            Assert.Contains($"No intervals: only {used} of 200 bootstrap replicates found a minimum in every cell", text.ReplaceLineEndings(" "));
        }
    }

    [Fact]
    public void The_temporal_law_ranks_three_learning_rates_or_says_per_run_why_not()
    {
        using var temp = new TempFolder();
        var study = Train(temp, "--params", "3K", "--tokens", "16384", "--lr", "3e-3,1e-2,3e-2", "--batch", "4", "--eval-sequences", "32", "--checkpoints", "12");
        var positions = Path.Combine(study, "positions.csv");

        // Each run has a forecast with its interval, or the reason it has none; P(best) and the score only when all have one.
        var half = ScalingProcess.Run("curve", "rank", positions, "--law", "temporal", "--fit-fraction", "0.5", "--json").Json;
        var runs = half["runs"]!.AsArray();
        Assert.Equal(["3K-16.4K-lr0.003", "3K-16.4K-lr0.01", "3K-16.4K-lr0.03"], runs.Select(r => (string?)r!["run"]));
        Assert.All(runs, r => Assert.True(
            r!["problem"] is null ? r["forecast"]!.GetValue<double>() > 1 && r["ci95"] is not null : r["forecast"] is null && r["status"]!.GetValue<string>() == "no forecast",
            r.ToJsonString()));
        Assert.Contains(runs, r => r!["forecast"] is not null);
        var all = runs.All(r => r!["problem"] is null);
        Assert.Equal(all, half["score"] is not null);
        Assert.Equal(all, runs.All(r => r!["pBest"] is not null));
        Assert.Equal(all ? 0 : 4, ScalingProcess.Run("curve", "rank", positions, "--law", "temporal", "--fit-fraction", "0.5").ExitCode);

        // A fifth of 12 checkpoints is 2: too few for the temporal law; every run says so and nothing is scored.
        var early = ScalingProcess.Run("curve", "rank", positions, "--law", "temporal", "--fit-fraction", "0.2");
        Assert.Equal(4, early.ExitCode);
        Assert.Contains("3K-16.4K-lr0.03: no forecast: 2 checkpoints in its first 20% of steps; the temporal law needs 4", early.Stdout);
        Assert.Contains("backtest: not scored, because 3 of 3 runs have no forecast.", early.Stdout);

        ScalingProcess.Run("curve", "rank", positions, "--law", "temporal", "--steps", "1000").AssertInputError("--steps does not apply to --law temporal: it forecasts only logged checkpoints");
    }

    // A study of 1-layer models on a 16-token context, seeded, in a folder of temp.
    private static string Train(TempFolder temp, params string[] options)
    {
        var study = Path.Combine(temp.FullName, "study");
        ScalingProcess.Run(["study", "run", .. options, "--context", "16", "--seed", "3", "--quiet", "--out", study]).AssertSuccess();
        return study;
    }

    [Theory]
    [InlineData("study run --params 3K --tokens 8K --batch 2.5 --out unused", "--batch 2.5: give sequences per step as positive whole numbers")]
    [InlineData("hparams --law step-law --params 7B --tokens 1.4T --bootstrap 100", "--bootstrap resamples a sweep's runs: give --sweep FILE")]
    [InlineData("curve rank positions.csv --law temporal", "--law temporal ranks runs that went to the end: give --fit-fraction P")]
    [InlineData("curve rank positions.csv --law temporal --fit-fraction 0.5 --pool", "--pool does not apply to --law temporal")]
    [InlineData("report --dataset chinchilla --mfu 0.4 --out unused.html", "--mfu, --gpus and --price cost a run on a GPU: give --gpu too")]
    public void Bad_input_is_one_line(string command, string message)
    {
        using var temp = new TempFolder();
        ScalingProcess.Run([.. command.Split(' ').Select(a => a is "unused" or "unused.html" or "positions.csv" ? Path.Combine(temp.FullName, a) : a)]).AssertInputError(message);
        Assert.False(Directory.Exists(Path.Combine(temp.FullName, "unused")));
    }
}
