using ScalingLaws.IO;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling study run|summarize</c> end to end on a tiny sweep (three 1-layer models, two budgets, 16-token
/// context: seconds): the tables it writes, resuming after Ctrl-C, and bad input.
/// </summary>
public sealed class StudyCommandTests : WithTempFolder
{
    private static readonly string[] Tiny =
        ["--params", "3K,12K,27K", "--tokens", "8K,16K", "--context", "16", "--batch", "8", "--eval-sequences", "16", "--checkpoints", "4", "--seed", "3", "--quiet"];

    [Fact]
    public void Run_writes_the_tables_and_summarize_fits_them()
    {
        var study = Path.Combine(temp.FullName, "study");
        var run = ScalingProcess.Run(["study", "run", .. Tiny, "--out", study]).AssertSuccess();
        Assert.Contains("true entropy rate", run.Stdout);
        var results = File.ReadAllLines(Path.Combine(study, "results.csv"));
        Assert.Equal("run,step,tokens,lr,loss,train_loss,params,params_total,flops,layers,width,heads,peak_lr,batch_tokens", results[0]);
        Assert.Equal(7, results.Length); // 3 sizes × 2 budgets
        var positions = File.ReadAllLines(Path.Combine(study, "positions.csv"));
        Assert.StartsWith("run,step,tokens,lr,loss,pos_1,pos_2,", positions[0]);
        Assert.EndsWith(",pos_16", positions[0]);
        Assert.Equal(1 + 3 * (4 + 4), positions.Length); // every checkpoint of every run, per run 4 of its own
        var summary = ScalingProcess.Run("study", "summarize", study, "--json").AssertSuccess().Json;
        Assert.InRange(summary["entropyRate"]!.GetValue<double>(), 0.9, 1.3);
        var laws = summary["laws"]!.AsArray();
        Assert.Equal(["intermediate checkpoints", "last checkpoint of each run"], laws.Select(l => (string?)l!["analysis"]));
        Assert.All(laws, l => Assert.NotNull(l!["fit"]?["params"]?["E"]));
        Assert.Equal(6, (int)laws[1]!["rows"]!);
    }

    [Fact]
    public void Summarize_of_a_study_with_fewer_runs_than_parameters_reports_what_the_runs_support()
    {
        var study = RunStudy(Small(["--params", "3K,12K,27K", "--tokens", "16K", "--checkpoints", "32"]));

        var summary = ScalingProcess.Run("study", "summarize", study, "--json").AssertSuccess().Json;
        var text = ScalingProcess.Run("study", "summarize", study).AssertSuccess().Stdout;

        var laws = summary["laws"]!.AsArray();
        Assert.Equal(2, laws.Count); // 3 runs: too few even with E fixed, so no third fit
        // The guide's 10B cut of ~300B-token runs, scaled: checkpoints at or below 1/30 of the longest run are dropped.
        var tokens = File.ReadAllLines(Path.Combine(study, "checkpoints.csv")).Skip(1).Select(l => double.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var cut = tokens.Max() * 10 / 300;
        Assert.InRange(cut, 500, 600);
        Assert.Contains(tokens, t => t <= cut);
        Assert.Equal(tokens.Count(t => t > cut), (int)laws[0]!["rows"]!);
        Assert.Equal(3, (int)laws[0]!["runs"]!);
        Assert.NotNull(laws[0]!["fit"]?["params"]?["E"]);
        Assert.Null(laws[1]!["fit"]);
        var missing = (string)laws[1]!["missing"]!;
        Assert.StartsWith("too few runs for the 5-parameter law (3): fix E to the synthetic language's floor", missing);
        Assert.DoesNotContain("--", missing); // summarize has no fitting options to point to
        Assert.Contains("Fit to the last checkpoint of each run: not fitted: too few runs", text);
        Assert.Contains($"dropped {tokens.Count(t => t <= cut)} checkpoints at or below {Quantity.Format(cut)} tokens: the guide's 10B-token cut scaled to this study", text);
    }

    [Fact]
    public void Summarize_with_one_run_too_few_fixes_E_at_the_Bayes_floor()
    {
        var study = RunStudy(Small(["--params", "3K,12K", "--tokens", "8K,16K", "--checkpoints", "4"]));

        var summary = ScalingProcess.Run("study", "summarize", study, "--json").AssertSuccess().Json;

        var laws = summary["laws"]!.AsArray();
        Assert.Equal(["intermediate checkpoints", "last checkpoint of each run", "last checkpoint of each run, E fixed at the Bayes floor"], laws.Select(l => (string?)l!["analysis"]));
        Assert.Contains("(4): fix E to the synthetic language's floor", (string)laws[1]!["missing"]!);
        var bayes = summary["bayesLoss"]!.GetValue<double>();
        Assert.Equal(bayes, (double)laws[2]!["fixedE"]!);
        Assert.Equal(bayes, (double)laws[2]!["fit"]!["params"]!["E"]!, 1e-12);
        Assert.EndsWith($"--fix E={bayes.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}", (string)laws[2]!["command"]!);
    }

    [Fact]
    public void Interrupted_study_resumes_without_losing_finished_runs()
    {
        var (stopped, whole) = (Path.Combine(temp.FullName, "stopped"), Path.Combine(temp.FullName, "whole"));
        // Ctrl-C as soon as the second run reports progress: the first is finished then, whatever the machine's speed.
        var loud = Tiny.Where(o => o != "--quiet").ToArray();
        var interrupted = ScalingProcess.RunInterruptedAfter(line => line.StartsWith("[2/", StringComparison.Ordinal), ["study", "run", .. loud, "--out", stopped]);
        Assert.Equal(130, interrupted.ExitCode);
        Assert.Equal("error: stopped by Ctrl-C; nothing was written.", interrupted.StderrLines[^1]);
        var finished = Directory.GetFiles(Path.Combine(stopped, "runs"), "*.json")
            .Where(f => File.ReadAllText(f).Contains("\"finished\": true")).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Single(finished);

        ScalingProcess.Run(["study", "run", .. Tiny, "--out", stopped]).AssertSuccess();
        foreach (var (file, bytes) in finished)
            Assert.Equal(bytes, File.ReadAllBytes(file));
        ScalingProcess.Run(["study", "run", .. Tiny, "--out", whole]).AssertSuccess();
        // Deterministic training: the interrupted and resumed study measured exactly what an uninterrupted one did.
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "results.csv")), File.ReadAllText(Path.Combine(stopped, "results.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "positions.csv")), File.ReadAllText(Path.Combine(stopped, "positions.csv")));
    }

    [Fact]
    public void Resuming_with_other_options_is_refused()
    {
        var study = Path.Combine(temp.FullName, "study");
        ScalingProcess.Run(["study", "run", "--params", "3K", "--tokens", "2K", "--context", "16", "--batch", "8", "--eval-sequences", "8", "--quiet", "--out", study]).AssertSuccess();
        ScalingProcess.Run(["study", "run", "--params", "3K", "--tokens", "4K", "--context", "16", "--batch", "8", "--eval-sequences", "8", "--quiet", "--out", study])
            .AssertInputError($"{study}: holds another study", "give a new --out");
    }

    [Fact]
    public void Resuming_a_study_whose_runs_have_other_names_is_refused()
    {
        // Run names follow QuantityFormat since issue 19 (3K-16.4K; before, 3K-16.38K): an older study's logs would not match.
        var study = Path.Combine(temp.FullName, "study");
        string[] run = ["study", "run", "--params", "3K", "--tokens", "2K", "--context", "16", "--batch", "8", "--eval-sequences", "8", "--quiet", "--out", study];
        ScalingProcess.Run(run).AssertSuccess();
        var manifest = Path.Combine(study, "study.json");
        Assert.Contains("\"3K-2K\"", File.ReadAllText(manifest), StringComparison.Ordinal);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"3K-2K\"", "\"3K-2.00K\"", StringComparison.Ordinal));
        ScalingProcess.Run(run).AssertInputError($"{study}: its runs have other names (3K-2.00K, …)", "give a new --out");
    }

    [Fact]
    public void Corpus_shorter_than_one_batch()
    {
        var corpus = temp.Write("tiny.txt", "far too short");
        ScalingProcess.Run(["study", "run", "--params", "3K", "--tokens", "2K", "--corpus", corpus, "--out", Path.Combine(temp.FullName, "s")])
            .AssertInputError($"{corpus}: the corpus has 13 bytes, shorter than one batch", "give a text of at least");
    }

    [Fact]
    public void Unwritable_output()
    {
        var file = temp.Write("file.txt", "x");
        ScalingProcess.Run(["study", "run", "--params", "3K", "--tokens", "2K", "--out", Path.Combine(file, "study")])
            .AssertInputError("cannot create the study directory", "choose a writable --out");
    }

    [Theory]
    [InlineData("--params 100 --tokens 2K", "model size 100: too small")]
    [InlineData("--params 3K --tokens 2K --synthetic --corpus x.txt", "give either --corpus FILE or --synthetic, not both")]
    [InlineData("--params 3K --tokens 2K --schedule linear", "--schedule 'linear': unknown choice; give one of cosine, constant, wsd")]
    [InlineData("--tokens 2K", "give the model sizes with --params")]
    public void Bad_options_are_refused_with_one_line(string options, string message)
    {
        ScalingProcess.Run(["study", "run", .. options.Split(' '), "--out", Path.Combine(temp.FullName, "s")]).AssertInputError(message);
    }

    [Fact]
    public void Summarize_refuses_a_folder_that_is_incomplete_or_mixes_studies()
    {
        var study = RunStudy(Tiny);
        var runs = Path.Combine(study, "runs");
        var log = Directory.GetFiles(runs, "*.json").Order(StringComparer.Ordinal).First();
        var name = Path.GetFileNameWithoutExtension(log);

        File.Copy(log, Path.Combine(runs, "stranger.json"));
        ScalingProcess.Run("study", "summarize", study).AssertInputError("stranger.json", "run 'stranger' is not one of the 6 runs planned in study.json", "move it out");
        File.Delete(Path.Combine(runs, "stranger.json"));

        File.Delete(Path.Combine(runs, name + ".positions.csv"));
        ScalingProcess.Run("study", "summarize", study).AssertInputError(name + ".positions.csv", $"missing, though run '{name}' finished", "delete");
    }

    [Fact]
    public void Summarize_of_a_directory_that_is_no_study()
    {
        ScalingProcess.Run("study", "summarize", temp.FullName).AssertInputError("no study.json: not a study directory");
    }

    // Runs a study with the given options into the folder "study" of this test's temporary folder, and returns the folder.
    private string RunStudy(string[] options)
    {
        var study = Path.Combine(temp.FullName, "study");
        ScalingProcess.Run(["study", "run", .. options, "--out", study]).AssertSuccess();
        return study;
    }

    // The tiny sweep's training settings with other sizes, budgets and checkpoints.
    private static string[] Small(string[] sweep) =>
        [.. sweep, "--context", "16", "--batch", "8", "--eval-sequences", "16", "--seed", "3", "--quiet"];
}
