using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// The expensive runs of <c>scaling fit</c> on the Chinchilla extraction (Epoch's setup: the 5
/// highest-loss rows dropped), each made once for the whole class, and the law files they write.
/// </summary>
public sealed class ChinchillaFitRuns : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly Lazy<CliResult> json, human, seven, sevenAgain, eight;

    public ChinchillaFitRuns()
    {
        PlainLawFile = Path.Combine(temp.FullName, "plain.json");
        BootstrapLawFile = Path.Combine(temp.FullName, "boot7.json");
        string[] epoch = ["fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5"];
        json = new(() => ScalingProcess.Run([.. epoch, "--json"]));
        human = new(() => ScalingProcess.Run([.. epoch, "--out", PlainLawFile]));
        seven = new(() => ScalingProcess.Run([.. epoch, "--bootstrap", "200", "--seed", "7", "--json", "--out", BootstrapLawFile]));
        sevenAgain = new(() => ScalingProcess.Run([.. epoch, "--bootstrap", "200", "--seed", "7", "--json", "--out", Path.Combine(temp.FullName, "boot7-again.json")]));
        eight = new(() => ScalingProcess.Run([.. epoch, "--bootstrap", "200", "--seed", "8", "--json"]));
    }

    /// <summary><c>fit --drop-highest-loss 5 --json</c>.</summary>
    internal CliResult Json => json.Value;

    /// <summary>The human report, with <c>--out</c> <see cref="PlainLawFile"/>.</summary>
    internal CliResult Human => human.Value;

    /// <summary><c>--bootstrap 200 --seed 7 --json --out</c> <see cref="BootstrapLawFile"/>.</summary>
    internal CliResult Seed7 => seven.Value;

    /// <summary>The same as <see cref="Seed7"/> without <c>--out</c>.</summary>
    internal CliResult Seed7Again => sevenAgain.Value;

    internal CliResult Seed8 => eight.Value;

    internal string PlainLawFile { get; }

    internal string BootstrapLawFile { get; }

    public void Dispose() => temp.Dispose();
}

public sealed class FitCommandTests(ChinchillaFitRuns runs) : WithTempFolder, IClassFixture<ChinchillaFitRuns>
{
    private static readonly string[] ChinchillaParameters = ["E", "A", "B", "alpha", "beta"];

    [Fact]
    public void Json_reproduces_Epochs_replication_of_Hoffmann()
    {
        var fit = runs.Json.AssertSuccess().Json;

        Assert.Equal("chinchilla", (string?)fit["law"]);
        Assert.Equal("L = E + A/N^alpha + B/D^beta", (string?)fit["formula"]);
        Assert.Equal(240, (int?)fit["n"]);
        var p = fit["params"]!.AsObject();
        Assert.Equal(ChinchillaParameters, p.Select(kv => kv.Key));
        // shared/data/README.md: A = 477.84, B = 2143.86, E = 1.8172, α = 0.34731, β = 0.36718, objective 1.01827e-3.
        Near.Relative(477.84, Near.Number(p["A"]), 1e-3, "A");
        Near.Relative(2143.86, Near.Number(p["B"]), 2e-3, "B");
        Near.Relative(1.8172, Near.Number(p["E"]), 1e-3, "E");
        Near.Relative(0.34731, Near.Number(p["alpha"]), 1e-3, "alpha");
        Near.Relative(0.36718, Near.Number(p["beta"]), 1e-3, "beta");
        Near.Relative(1.01827e-3, Near.Number(fit["objective"]), 1e-3, "objective");
        Assert.Equal("huber-log", (string?)fit["objectiveKind"]);
        Assert.Equal(1e-3, Near.Number(fit["delta"]));
        Assert.Equal(4500, (int?)fit["starts"]);
        Assert.InRange((int)fit["converged"]!, 4001, 4500);
        Assert.True((int)fit["iterations"]! > 0);
        Assert.Null(fit["constraints"]);
        Assert.Null(fit["bootstrap"]);
    }

    [Fact]
    public void Json_has_metrics_warnings_and_notes()
    {
        var fit = runs.Json.AssertSuccess().Json;

        var metrics = fit["metrics"]!.AsObject();
        foreach (var name in new[] { "rmse", "r2", "mre", "maxre" })
            Assert.True(metrics.ContainsKey(name), $"metrics has no '{name}': {metrics.ToJsonString()}");
        Assert.InRange(Near.Number(metrics["r2"]), 0.99, 1);
        Assert.IsType<JsonArray>(fit["warnings"]);
        var notes = fit["notes"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Contains(notes, n => n.Contains("tokens derived as D = C/(6N) for 245 of 245 rows"));
        Assert.Contains(notes, n => n.Contains("dropped the 5 highest-loss rows") && n.Contains("240 remain"));
        var correlation = fit["correlation"]!;
        Assert.Equal(5, correlation["names"]!.AsArray().Count);
        Assert.Equal(5, correlation["matrix"]!.AsArray().Count);
    }

    [Fact]
    public void Json_metrics_and_objective_agree_with_the_formula_on_the_data()
    {
        var fit = runs.Json.AssertSuccess().Json;
        var p = fit["params"]!;
        double e = Near.Number(p["E"]), a = Near.Number(p["A"]), b = Near.Number(p["B"]);
        double alpha = Near.Number(p["alpha"]), beta = Near.Number(p["beta"]);

        var rows = ChinchillaCsv.EpochRows();
        var predicted = rows.Select(r => e + a / Math.Pow(r.Params, alpha) + b / Math.Pow(r.Flops / (6 * r.Params), beta)).ToArray();
        var loss = rows.Select(r => r.Loss).ToArray();
        var residuals = loss.Zip(predicted, (l, f) => l - f).ToArray();
        var mean = loss.Average();
        var rmse = Math.Sqrt(residuals.Average(r => r * r));
        var r2 = 1 - residuals.Sum(r => r * r) / loss.Sum(l => (l - mean) * (l - mean));
        var relative = residuals.Zip(loss, (r, l) => Math.Abs(r) / l).ToArray();
        var huber = loss.Zip(predicted, (l, f) => Huber(Math.Log(l) - Math.Log(f), 1e-3)).Sum();

        Assert.Equal(240, rows.Count);
        var metrics = fit["metrics"]!;
        Near.Relative(rmse, Near.Number(metrics["rmse"]), 1e-9, "rmse");
        Near.Relative(r2, Near.Number(metrics["r2"]), 1e-9, "r2");
        Near.Relative(relative.Average(), Near.Number(metrics["mre"]), 1e-9, "mre");
        Near.Relative(relative.Max(), Near.Number(metrics["maxre"]), 1e-9, "maxre");
        Near.Relative(huber, Near.Number(fit["objective"]), 1e-9, "objective");
    }

    [Fact]
    public void Bootstrap_adds_resamples_seed_and_intervals_for_every_parameter()
    {
        var fit = runs.Seed7.AssertSuccess().Json;

        var bootstrap = fit["bootstrap"]!;
        Assert.Equal(200, (int?)bootstrap["resamples"]);
        Assert.Equal(7, (int?)bootstrap["seed"]);
        var converged = (int)bootstrap["converged"]!;
        Assert.InRange(converged, 100, 200);
        Assert.Equal(converged, bootstrap["samples"]!.AsArray().Count);
        var parameters = bootstrap["params"]!.AsObject();
        Assert.Equal(ChinchillaParameters, parameters.Select(kv => kv.Key));
        foreach (var (name, interval) in parameters)
        {
            Assert.True(Near.Number(interval!["se"], $"{name}.se") > 0, $"{name}: se should be positive");
            var ci = interval["ci95"]!.AsArray();
            Assert.Equal(2, ci.Count);
            double lo = Near.Number(ci[0]), hi = Near.Number(ci[1]), median = Near.Number(interval["median"]);
            Assert.True(lo < hi, $"{name}: ci95 [{lo}, {hi}] is not an interval");
            Assert.InRange(median, lo, hi);
        }
        Assert.Equal(["a", "b"], bootstrap["derived"]!.AsObject().Select(kv => kv.Key));
        Assert.Equal("bootstrap", (string?)fit["correlation"]!["source"]);
        // The point estimates do not depend on the bootstrap.
        Assert.Equal(runs.Json.Json["params"]!.ToJsonString(), fit["params"]!.ToJsonString());
    }

    [Fact]
    public void Bootstrap_spread_matches_Epochs_published_bootstrap()
    {
        var bootstrap = runs.Seed7.AssertSuccess().Json["bootstrap"]!["params"]!;

        // Epoch: se alpha 0.0154, beta 0.0206, E 0.0257, A 124.5; 95% interval of alpha (0.317, 0.373).
        Near.Relative(0.0154, Near.Number(bootstrap["alpha"]!["se"]), 0.3, "alpha se");
        Near.Relative(0.0206, Near.Number(bootstrap["beta"]!["se"]), 0.3, "beta se");
        Near.Relative(0.0257, Near.Number(bootstrap["E"]!["se"]), 0.3, "E se");
        var ci = bootstrap["alpha"]!["ci95"]!.AsArray();
        Near.Relative(0.373 - 0.317, Near.Number(ci[1]) - Near.Number(ci[0]), 0.3, "alpha ci95 width");
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_output()
    {
        runs.Seed7.AssertSuccess();
        runs.Seed7Again.AssertSuccess();

        Assert.Equal(runs.Seed7.Stdout, runs.Seed7Again.Stdout);
    }

    [Fact]
    public void A_different_seed_gives_different_resamples()
    {
        var other = runs.Seed8.AssertSuccess().Json;

        Assert.NotEqual(runs.Seed7.AssertSuccess().Stdout, runs.Seed8.Stdout);
        Assert.Equal(8, (int?)other["bootstrap"]!["seed"]);
        Assert.NotEqual(
            runs.Seed7.Json["bootstrap"]!["params"]!["alpha"]!.ToJsonString(),
            other["bootstrap"]!["params"]!["alpha"]!.ToJsonString());
    }

    [Fact]
    public void Out_writes_the_same_document_that_json_prints()
    {
        runs.Seed7.AssertSuccess();

        Assert.True(File.Exists(runs.BootstrapLawFile));
        Assert.Equal(runs.Seed7.Stdout.TrimEnd(), File.ReadAllText(runs.BootstrapLawFile).TrimEnd());
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.GetDirectoryName(runs.BootstrapLawFile)!), f => f.EndsWith(".tmp"));
    }

    [Fact]
    public void Human_report_shows_parameters_statistics_notes_and_warnings()
    {
        var output = runs.Human.AssertSuccess().Stdout;
        var fit = runs.Json.AssertSuccess().Json;

        Assert.DoesNotContain('\u001b', output); // NO_COLOR
        Assert.StartsWith("chinchilla law  L = E + A/N^alpha + B/D^beta", output);
        Assert.Contains($"240 rows from {ScalingProcess.Chinchilla}", output);
        foreach (var name in ChinchillaParameters)
            Assert.Matches(new Regex($@"[│|] {Regex.Escape(name)} +[│|] +[0-9.e+-]+ [│|]"), output);
        Assert.Matches(new Regex(@"starts +[0-9,]+ of 4,500 converged; best after [0-9]+ iterations"), output);
        Assert.Contains("R² 0.99", output);
        foreach (var note in fit["notes"]!.AsArray())
            Assert.Contains($"· {note}", output);
        var warnings = fit["warnings"]!.AsArray().Select(w => (string)w!).ToList();
        Assert.NotEmpty(warnings); // ln A–alpha and ln B–beta are strongly correlated on these data
        Assert.Equal(warnings.Count, Regex.Matches(output, "^warning: ", RegexOptions.Multiline).Count);
        var flat = Flatten(output);
        foreach (var warning in warnings)
            Assert.Contains($"warning: {warning}", flat);
        Assert.Contains($"Saved to {runs.PlainLawFile}", flat);
    }

    [Fact]
    public void Human_report_keeps_each_warning_on_one_line()
    {
        var output = runs.Human.AssertSuccess().Stdout;

        foreach (var warning in runs.Json.Json["warnings"]!.AsArray())
            Assert.Contains($"warning: {warning}\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Predict_reads_the_law_file_that_fit_wrote()
    {
        runs.Human.AssertSuccess();
        var p = JsonNode.Parse(File.ReadAllText(runs.PlainLawFile))!["params"]!;
        double e = Near.Number(p["E"]), a = Near.Number(p["A"]), b = Near.Number(p["B"]);
        double alpha = Near.Number(p["alpha"]), beta = Near.Number(p["beta"]);

        var predicted = ScalingProcess.Run("predict", "--law-file", runs.PlainLawFile, "--params", "70B", "--tokens", "1.4T", "--json")
            .AssertSuccess().Json;

        var first = predicted["predictions"]!.AsArray()[0]!;
        Near.Relative(e + a / Math.Pow(70e9, alpha) + b / Math.Pow(1.4e12, beta), Near.Number(first["loss"]), 1e-12, "loss");
        Near.Relative(1.97, Near.Number(first["loss"]), 0.01, "loss"); // the Epoch fit predicts about 1.97 for Chinchilla itself
        Assert.Null(first["paramCi95"]); // no bootstrap: no parameters-only interval
        // The law file carries the fitted ranges and the error model: the predictive interval needs no bootstrap.
        var extrapolation = JsonNode.Parse(File.ReadAllText(runs.PlainLawFile))!["extrapolation"]!;
        Assert.Equal("backtest", extrapolation["source"]!.GetValue<string>());
        Assert.Equal("params", extrapolation["order"]!.GetValue<string>());
        var largest = Near.Number(extrapolation["ranges"]!["params"]![1]);
        Near.Relative(70e9 / largest, Near.Number(first["extrapolation"]!["params"]), 1e-9, "N factor beyond the largest fitted run");
        var ci = first["ci95"]!.AsArray();
        Assert.InRange(Near.Number(first["loss"]), Near.Number(ci[0]), Near.Number(ci[1]));
    }

    [Fact]
    public void Predict_from_a_bootstrapped_law_file_gives_an_interval_around_the_loss()
    {
        runs.Seed7.AssertSuccess();

        var predicted = ScalingProcess.Run("predict", "--law-file", runs.BootstrapLawFile, "--params", "70B", "--tokens", "1.4T", "--json")
            .AssertSuccess().Json;

        var first = predicted["predictions"]!.AsArray()[0]!;
        var loss = Near.Number(first["loss"]);
        var ci = first["ci95"]!.AsArray();
        Assert.Equal(2, ci.Count);
        double lo = Near.Number(ci[0]), hi = Near.Number(ci[1]);
        Assert.True(lo < loss && loss < hi, $"ci95 [{lo}, {hi}] does not bracket {loss}");
    }

    [Fact]
    public void Predict_human_table_from_a_bootstrapped_law_file()
    {
        runs.Seed7.AssertSuccess();

        var output = ScalingProcess.Run("predict", "--law-file", runs.BootstrapLawFile, "--params", "70B", "--tokens", "1.4T")
            .AssertSuccess().Stdout;

        Assert.StartsWith($"chinchilla law from {runs.BootstrapLawFile}: L = E + A/N^alpha + B/D^beta", Flatten(output)); // long paths wrap
        Assert.All(new[] { "95% interval", "70B", "1.4T", "5.88e23" }, expected => Assert.Contains(expected, output));
    }

    [Fact]
    public void Out_to_a_missing_folder_fails_with_one_line_and_leaves_nothing_behind()
    {
        var target = Path.Combine(temp.FullName, "no-such-folder", "fit.json");

        var result = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--law", "pure-power", "--out", target);

        result.AssertInputError();
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.FullName));
    }

    [Fact]
    public void Out_to_a_missing_folder_names_the_file_and_the_remedy()
    {
        var target = Path.Combine(temp.FullName, "no-such-folder", "fit.json");

        var result = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--law", "pure-power", "--out", target);

        var line = result.AssertInputError($"{target}: cannot write", "check that the folder exists");
        Assert.DoesNotContain(".tmp", line);
    }

    [Fact]
    public void Out_onto_a_directory_fails_with_one_line_and_leaves_no_temporary_file()
    {
        var target = Directory.CreateDirectory(Path.Combine(temp.FullName, "fit.json")).FullName;

        var result = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--law", "pure-power", "--out", target);

        result.AssertInputError($"--out {target}: cannot write: this is a directory");
        Assert.Equal([target], Directory.EnumerateFileSystemEntries(temp.FullName));
        Assert.Empty(Directory.EnumerateFileSystemEntries(target));
    }

    [Fact]
    public void Out_refuses_a_law_no_reader_would_open_and_writes_nothing()
    {
        // datablations' 1-epoch runs up to 9.3B tokens: a fit whose N-term leaves the domain (alpha = -0.22 with 512-bit
        // vector sums, A = 0 with 256-bit ones: which of the two depends on the processor, the refusal does not).
        var target = Path.Combine(temp.FullName, "step.json");

        var result = ScalingProcess.Run("fit", "--dataset", "datablations", "--family", "GPT2-c4-1", "--where", "tokens<=9.3B", "--backtest-by", "none", "--out", target);

        result.AssertInputError($"--out {target} not written: ");
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.FullName));
    }

    [Fact]
    public void A_fit_whose_E_collapsed_is_warned_and_fails_under_strict()
    {
        // Loss = 406.4/N^0.34 + 410.7/D^0.28 with no floor: the fit puts E near 0, far below 3% of its lowest loss.
        var data = SweepOf("nofloor.csv", (n, d) => 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28));

        var result = ScalingProcess.Run("fit", data, "--backtest-by", "none", "--strict");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("below 3% of its lowest loss on the fitted runs: they have not shown where the loss levels off (E = ", Flatten(result.Stdout));
    }

    [Fact]
    public void Out_refuses_a_law_whose_loss_rises_with_size_and_says_what_to_do()
    {
        // Loss = 2 + 0.05·(N/1e7)^0.3 + 410.7/D^0.28: it rises with N, so the fit puts alpha below 0.
        var data = SweepOf("rising.csv", (n, d) => 2 + 0.05 * Math.Pow(n / 1e7, 0.3) + 410.7 / Math.Pow(d, 0.28));
        var target = Path.Combine(temp.FullName, "rising.json");

        var result = ScalingProcess.Run("fit", data, "--backtest-by", "none", "--out", target);

        result.AssertInputError($"--out {target} not written: alpha = -", " is below 0, so the fitted loss rises where the law says it falls", "--bound alpha=0:");
        Assert.False(File.Exists(target));
    }

    // 6 sizes × 4 token counts of loss(N, D) with 0.5% multiplicative noise (seed 1), written as a CSV in the temp folder.
    private string SweepOf(string name, Func<double, double, double> loss)
    {
        var random = new Random(1);
        var rows = from n in new[] { 1e7, 2e7, 5e7, 1e8, 2e8, 5e8 }
                   from d in new[] { 1e8, 3e8, 1e9, 3e9 }
                   select FormattableString.Invariant($"{n},{d},{loss(n, d) * Math.Exp(0.005 * (random.NextDouble() - 0.5)):F5}");
        return temp.Write(name, "params,tokens,loss\n" + string.Join("\n", rows) + "\n");
    }

    private static double Huber(double r, double delta) =>
        Math.Abs(r) <= delta ? 0.5 * r * r : delta * (Math.Abs(r) - 0.5 * delta);

    private static string Flatten(string text) => Regex.Replace(text, @"\s+", " ");
}

/// <summary>The Chinchilla extraction read directly (no quoted fields), for checking the tool's numbers.</summary>
internal static class ChinchillaCsv
{
    public static IReadOnlyList<string> Lines() => File.ReadAllLines(ChinchillaEpoch.Path);

    public static IReadOnlyList<(double Params, double Flops, double Loss)> Rows()
    {
        var lines = Lines();
        var header = lines[0].Split(',');
        int n = Array.IndexOf(header, "Model Size"), c = Array.IndexOf(header, "Training FLOP"), l = Array.IndexOf(header, "loss");
        return [.. lines.Skip(1).Where(line => line.Length > 0).Select(line => line.Split(','))
            .Select(cells => (Parse(cells[n]), Parse(cells[c]), Parse(cells[l])))];
    }

    /// <summary>Epoch's rule: keep rows with loss below the 5th-highest loss.</summary>
    public static IReadOnlyList<(double Params, double Flops, double Loss)> EpochRows()
    {
        var rows = Rows();
        var threshold = rows.Select(r => r.Loss).OrderDescending().ElementAt(4);
        return [.. rows.Where(r => r.Loss < threshold)];
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
