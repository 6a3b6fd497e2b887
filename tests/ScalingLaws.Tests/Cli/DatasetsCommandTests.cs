using System.Text.RegularExpressions;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling datasets list|show</c> and <c>--dataset NAME</c> on the commands that take FILE, run as a real process
/// on the datasets in ../shared/data (found beside the repository, or named with --data-dir).
/// </summary>
public sealed class DatasetsCommandTests : WithTempFolder
{
    private static readonly string[] Names = ["chinchilla", "opt", "gpt3", "t5-pile", "olmo", "datablations", "pythia", "pythia-tasks"];

    private static readonly string[] CurveNames = ["multipower-25M", "multipower-100M", "multipower-400M", "pythia-curves"];

    private static readonly string[] FileNames = ["porian", "wandb-export-examples"];

    private static string SharedData => Path.GetFullPath(TestData.SharedData);

    [Fact]
    public void List_shows_every_dataset_with_rows_and_loss()
    {
        var output = ScalingProcess.Run("datasets", "list").AssertSuccess().Stdout;

        Assert.Contains($"14 datasets; files read from {SharedData}", output);
        foreach (var name in Names.Concat(CurveNames).Concat(FileNames))
            Assert.Matches(new Regex($@"│ {Regex.Escape(name)}\s+│", RegexOptions.Multiline), output);
        foreach (var text in new[] { "6,506", "9,261", "1,264", "Pythia-deduped", "validation perplexity, raw", "log2(val_perplexity)" })
            Assert.Contains(text, output);
    }

    [Fact]
    public void List_json_has_rows_families_and_files()
    {
        var json = ScalingProcess.Run("datasets", "list", "--data-dir", TestData.SharedData, "--json").AssertSuccess().Json;

        Assert.Equal(SharedData, (string?)json["dataDirectory"]);
        var datasets = json["datasets"]!.AsArray();
        Assert.Equal([.. Names, .. CurveNames, .. FileNames], datasets.Select(d => (string?)d!["name"]));
        Assert.Equal([.. Names.Select(_ => "runs"), .. CurveNames.Select(_ => "loss curves"), .. FileNames.Select(_ => "file")], datasets.Select(d => (string?)d!["use"]));
        var rows = datasets.Where(d => d!["rows"] is not null).ToDictionary(d => (string)d!["name"]!, d => (int)d!["rows"]!);
        Assert.All(SharedDatasets.Counts, c => Assert.Equal(c.Value.Rows, rows[c.Key]));
        Assert.Equal(5760, rows["pythia-tasks"]); // 6,480 less the untrained steps 0–2 of 16 runs × 15 task metrics
        // Loss curves count points: 9 schedules of 95–546 rows (shared/data/README.md), and Pythia's 16 runs × 15 checkpoints after warm-up.
        Assert.Equal(2103, rows["multipower-400M"]);
        Assert.Equal(240, rows["pythia-curves"]);
        Assert.Equal(16, (int)datasets.Single(d => (string?)d!["name"] == "pythia-curves")!["runs"]!);
        var datablations = datasets.Single(d => (string?)d!["name"] == "datablations")!;
        Assert.Equal(SharedDatasets.Counts["datablations"].Families, datablations["families"]!.AsArray().Count);
        Assert.All(datasets, d =>
        {
            Assert.All(d!["files"]!.AsArray(), f => Assert.True((bool)f!["present"]!));
            Assert.False(string.IsNullOrEmpty((string?)d["source"]));
            Assert.False(string.IsNullOrEmpty((string?)d["licence"]));
            Assert.False(string.IsNullOrEmpty((string?)d["loss"]));
        });
    }

    [Theory]
    [InlineData("opt", "opt: OPT 125m–175b training trajectories", "IBM/ColPret (commit 16f23bb)", "MIT", "colpret/opt_trajectories.csv  present",
                "142 rows in 1 family", "125M, 1.3B, 6.7B, 13B, 30B, 175B", "1B–280B")]
    [InlineData("multipower-400M", "thu-yao-01-luo/MultiPowerLaw (commit 8da9f19)", "2,103 points in 9 runs; use it with scaling curve fit|compare|predict --dataset multipower-400M")]
    [InlineData("porian", "formll/resolving-scaling-law-discrepancies (commit 0dc60d9)", "porian/isoflop_points.csv  present")]
    public void Show_describes_a_dataset_its_source_and_what_it_holds(string name, params string[] texts)
    {
        var output = ScalingProcess.Run("datasets", "show", name).AssertSuccess().Stdout;

        foreach (var text in texts)
            Assert.Contains(text, output);
    }

    [Fact]
    public void Show_json_has_sizes_and_token_ranges_per_family()
    {
        var json = ScalingProcess.Run("datasets", "show", "pythia", "--json").AssertSuccess().Json;

        Assert.Equal("pythia", (string?)json["name"]);
        Assert.Equal("Apache-2.0", (string?)json["licence"]);
        Assert.Equal(534, (int)json["rows"]!);
        Assert.Equal(2, json["files"]!.AsArray().Count);
        var families = json["families"]!.AsArray().ToDictionary(f => (string)f!["name"]!);
        Assert.Equal(["Pythia", "Pythia-deduped", "Pythia-v0", "Pythia-v0-deduped"], families.Keys.Order());
        var v1 = families["Pythia"]!;
        Assert.Equal(8, (int)v1["models"]!);
        Assert.Equal(192, (int)v1["rows"]!);
        Assert.Equal(8, v1["sizes"]!.AsArray().Count);
        Assert.Equal(299_892_736_000, Near.Number(v1["tokens"]!["max"]));
        var v0 = families["Pythia-v0"]!;
        Assert.Equal(1500 * 4_194_304.0, Near.Number(v0["tokens"]!["min"])); // v0 160m: 4M-token batches
    }

    [Fact]
    public void Show_with_files_missing_lists_them()
    {
        var output = ScalingProcess.Run("datasets", "show", "gpt3", "--data-dir", temp.FullName).AssertSuccess().Stdout;

        Assert.Contains("colpret/gpt3_extracted.csv  MISSING", output);
        Assert.Contains("Some files are missing", output);

        var json = ScalingProcess.Run("datasets", "show", "gpt3", "--data-dir", temp.FullName, "--json").AssertSuccess().Json;
        Assert.Null(json["rows"]);
        Assert.All(json["files"]!.AsArray(), f => Assert.False((bool)f!["present"]!));
    }

    [Fact]
    public void Path_prints_the_places_in_order_and_the_one_used()
    {
        var user = Directory.CreateDirectory(Path.Combine(temp.FullName, "xdg", "scaling")).FullName;
        var dll = Path.Combine(AppContext.BaseDirectory, "scaling.dll");

        var repository = ScalingProcess.RunCopy(dll, TestData.RepositoryRoot, new Dictionary<string, string> { ["XDG_DATA_HOME"] = Path.Combine(temp.FullName, "none") },
            "datasets", "path").AssertSuccess().Stdout;
        var perUser = ScalingProcess.RunCopy(dll, TestData.RepositoryRoot, new Dictionary<string, string> { ["XDG_DATA_HOME"] = Path.Combine(temp.FullName, "xdg") },
            "datasets", "path", "--json").AssertSuccess().Json;
        var variable = ScalingProcess.RunCopy(dll, TestData.RepositoryRoot,
            new Dictionary<string, string> { ["XDG_DATA_HOME"] = Path.Combine(temp.FullName, "xdg"), ["SCALING_DATA"] = SharedData }, "datasets", "path", "--json").AssertSuccess().Json;

        Assert.Matches(new Regex(@"1\. --data-dir +not given\n +2\. \$SCALING_DATA +not set\n +3\. per-user folder +\S+/none/scaling +missing\n +4\. beside the repository +\S+ +exists, used"), repository);
        Assert.Contains($"Using {SharedData}.", repository);
        Assert.Equal(user, (string?)perUser["used"]);
        Assert.Equal(["--data-dir", "$SCALING_DATA", "per-user folder", "beside the repository"], perUser["places"]!.AsArray().Select(p => (string?)p!["from"]).Distinct());
        Assert.Equal(SharedData, (string?)variable["used"]);
    }

    // A process test: a copy of the program outside the repository, as 'dotnet publish -o DIR' makes it, run from elsewhere.
    [Fact]
    public void A_copy_outside_the_repository_finds_the_data_through_SCALING_DATA()
    {
        var app = Path.Combine(temp.FullName, "app");
        Copy(AppContext.BaseDirectory, app);
        var elsewhere = Directory.CreateDirectory(Path.Combine(temp.FullName, "elsewhere")).FullName;
        var dll = Path.Combine(app, "scaling.dll");
        var noUserFolder = new Dictionary<string, string> { ["HOME"] = elsewhere, ["XDG_DATA_HOME"] = "" };

        var lost = ScalingProcess.RunCopy(dll, elsewhere, noUserFolder, "fit", "--dataset", "opt");
        var found = ScalingProcess.RunCopy(dll, elsewhere, new Dictionary<string, string>(noUserFolder) { ["SCALING_DATA"] = SharedData },
            "fit", "--dataset", "opt", "--where", "N<100B", "--json").AssertSuccess().Json;

        lost.AssertInputError("no data folder", "SCALING_DATA=DIR", $"no ScalingLaws.slnx above {elsewhere}");
        Assert.Equal(112, (int)found["n"]!); // OPT without the 175b model's 30 checkpoints
        Assert.Equal("N<100B", (string?)found["selection"]!["where"]![0]);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void An_unknown_name_is_a_one_line_error()
    {
        ScalingProcess.Run("datasets", "show", "nope").AssertInputError("unknown dataset 'nope'", "chinchilla, opt, gpt3, t5-pile, olmo, datablations, pythia");
        ScalingProcess.Run("fit", "--dataset", "optt").AssertInputError("unknown dataset 'optt'", "did you mean 'opt'");
    }

    [Fact]
    public void A_missing_data_dir_is_a_one_line_error()
    {
        var missing = Path.Combine(temp.FullName, "missing");

        ScalingProcess.Run("datasets", "list", "--data-dir", missing).AssertInputError($"--data-dir {missing}: no such folder", "IBM/ColPret");
        ScalingProcess.Run("datasets", "show", "opt", "--data-dir", missing).AssertInputError("no such folder");
        ScalingProcess.Run("fit", "--dataset", "opt", "--data-dir", missing).AssertInputError("no such folder");
    }

    [Fact]
    public void Fit_on_the_chinchilla_dataset_matches_the_file()
    {
        var json = ScalingProcess.Run("fit", "--dataset", "chinchilla", "--drop-highest-loss", "5", "--json").AssertSuccess().Json;

        Assert.Equal(240, Near.Number(json["n"]));
        Near.Relative(1.8172, Near.Number(json["params"]!["E"]), 1e-3, "E"); // Epoch's replication (shared/data/README.md)
        Near.Relative(0.34731, Near.Number(json["params"]!["alpha"]), 1e-3, "alpha");
    }

    [Fact]
    public void Fit_report_names_the_dataset_and_its_notes()
    {
        var output = ScalingProcess.Run("fit", "--dataset", "chinchilla", "--data-dir", TestData.SharedData, "--drop-highest-loss", "5").AssertSuccess().Stdout;

        Assert.Contains("240 rows from dataset chinchilla", output);
        Assert.Contains("tokens derived as D = C/(6N) for 245 of 245 rows", output);
    }

    [Fact]
    public void Other_commands_take_a_dataset_too()
    {
        var json = ScalingProcess.Run("isoflop", "--dataset", "chinchilla", "--budgets", "6e18,1e19,3e19,6e19,1e20,3e20,6e20,1e21,3e21",
            "--drop-highest-loss", "5", "--json").AssertSuccess().Json;

        Assert.Equal(0.518, Near.Number(json["a"]), 0.0005); // the README's reference value without the 5 highest losses
    }

    [Fact]
    public void File_and_dataset_are_exclusive_and_one_is_needed()
    {
        ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--dataset", "chinchilla").AssertInputError("give FILE or --dataset NAME, not both");
        ScalingProcess.Run("fit").AssertInputError("missing FILE (or --dataset NAME)", "scaling fit --help");
        ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--data-dir", TestData.SharedData).AssertInputError("--data-dir is used only with --dataset");
        ScalingProcess.Run("fit", "--dataset", "opt", "--map", "loss=ppl").AssertInputError("--map applies to FILE");
    }

    [Fact]
    public void Help_shows_the_options()
    {
        var fit = ScalingProcess.Run("fit", "--help").AssertSuccess().Stdout;
        Assert.Matches(new Regex(@"^\s+--dataset <NAME>\s", RegexOptions.Multiline), fit);
        Assert.Matches(new Regex(@"^\s+--data-dir <DIR>\s", RegexOptions.Multiline), fit);

        var datasets = ScalingProcess.Run("datasets", "--help").AssertSuccess().Stdout;
        Assert.Contains("scaling datasets show opt", datasets);
        Assert.Matches(new Regex(@"^\s+list\s", RegexOptions.Multiline), datasets);
        Assert.Matches(new Regex(@"^\s+show <NAME>\s", RegexOptions.Multiline), datasets);
    }
}
