using System.Globalization;
using ScalingLaws.IO;
using ScalingLaws.IO.Curves;

namespace ScalingLaws.Tests.IO.Trackers;

/// <summary>
/// MLflow file stores and W&amp;B offline run folders written here in their published layouts, read as tables of runs
/// (<c>scaling fit FOLDER --map ...</c>) and as loss curves.
/// </summary>
public sealed class TrackerRunsTests : WithTempFolder
{
    // A Chinchilla-form law the runs follow exactly: L = 1.7 + 400/N^0.34 + 410/D^0.28.
    private static double Law(double n, double d) => 1.7 + 400 / Math.Pow(n, 0.34) + 410 / Math.Pow(d, 0.28);

    private static IEnumerable<(double N, double D)> Grid() =>
        from n in new[] { 1e7, 3e7, 1e8, 3e8, 1e9 } from d in new[] { 2e8, 1e9, 5e9, 2e10 } select (n, d);

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>mlruns/1 with one run per grid point: params n_params and tokens, metric eval/loss at steps 100, 200 and 300, the last the law's.</summary>
    private string Mlruns(Action<string, int>? tweak = null)
    {
        var experiment = Directory.CreateDirectory(Path.Combine(temp.FullName, "mlruns", "1")).FullName;
        File.WriteAllText(Path.Combine(experiment, "meta.yaml"), "artifact_location: file:///mlruns/1\nexperiment_id: '1'\nlifecycle_stage: active\nname: sweep\n");
        var i = 0;
        foreach (var (n, d) in Grid())
        {
            var run = RunFolder(experiment, i);
            Directory.CreateDirectory(Path.Combine(run, "metrics", "eval"));
            Directory.CreateDirectory(Path.Combine(run, "params"));
            File.WriteAllText(Path.Combine(run, "meta.yaml"), $"artifact_uri: file:///x\nexperiment_id: '1'\nlifecycle_stage: active\nrun_id: {i:x32}\nrun_name: run-{i}\nstatus: 3\n");
            File.WriteAllText(Path.Combine(run, "params", "n_params"), F(n));
            File.WriteAllText(Path.Combine(run, "params", "tokens"), F(d));
            var loss = Law(n, d);
            // Logged out of step order, as asynchronous logging may; the last by step is the law's.
            File.WriteAllText(Path.Combine(run, "metrics", "eval", "loss"),
                $"1700000003000 {F(loss)} 300\n1700000001000 {F(loss + 0.5)} 100\n1700000002000 {F(loss + 0.2)} 200\n");
            tweak?.Invoke(run, i);
            i++;
        }
        return experiment;
    }

    private static string[] Fit(string folder, params string[] more) =>
        ["fit", folder, "--map", "params=n_params", "--map", "tokens=tokens", "--map", "loss=eval/loss", "--json", .. more];

    [Fact]
    public void An_MLflow_experiment_is_one_row_per_run_with_each_metrics_last_value_by_step()
    {
        var experiment = Mlruns();

        var json = ScalingProcess.Run(Fit(experiment)).AssertSuccess().Json;

        Assert.Equal(20, (int)json["n"]!);
        Assert.Equal(1.7, (double)json["params"]!["E"]!, 1e-3);
        Assert.Equal(0.34, (double)json["params"]!["alpha"]!, 1e-3);
        Assert.Equal(0.28, (double)json["params"]!["beta"]!, 1e-3);
        var table = TableReader.Read(experiment, new ReadOptions { Map = ColumnMap.Parse(["params=n_params", "tokens=tokens", "loss=eval/loss"]) });
        Assert.Equal("run-0", table.Rows[0].Model);
        Assert.Equal(Law(1e7, 2e8), table.Rows[0].Loss, 1e-12);
    }

    [Fact]
    public void At_step_takes_each_metric_where_it_was_logged_then()
    {
        var experiment = Mlruns();

        var table = TableReader.Read(experiment, new ReadOptions { Map = ColumnMap.Parse(["params=n_params", "tokens=tokens", "loss=eval/loss"]), AtStep = 100 });

        Assert.Equal(Law(1e7, 2e8) + 0.5, table.Rows[0].Loss, 1e-12);
        ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--at-step", "100").AssertInputError("--at-step 100 picks a step of an MLflow or W&B run's metrics, and this is a table; leave --at-step out");
        ScalingProcess.Run(Fit(experiment, "--at-step", "150"))
            .AssertInputError("run 'run-0' logged metric 'eval/loss' at steps 100 to 300 (3 values), none at step 150; give a step every run logged with --at-step");
    }

    [Fact]
    public void A_deleted_run_is_left_out_and_a_run_named_only_by_its_tag_keeps_that_name()
    {
        var experiment = Mlruns((run, i) =>
        {
            if (i == 3)
                File.WriteAllText(Path.Combine(run, "meta.yaml"), "lifecycle_stage: deleted\n");
            if (i == 4)
            {
                File.WriteAllText(Path.Combine(run, "meta.yaml"), "lifecycle_stage: active\n");
                Directory.CreateDirectory(Path.Combine(run, "tags"));
                File.WriteAllText(Path.Combine(run, "tags", "mlflow.runName"), "tagged");
            }
        });

        var table = TableReader.Read(experiment, new ReadOptions { Map = ColumnMap.Parse(["params=n_params", "tokens=tokens", "loss=eval/loss"]) });

        Assert.Equal(19, table.Count);
        Assert.DoesNotContain(table.Rows, r => r.Model == "run-3");
        Assert.Contains(table.Rows, r => r.Model == "tagged");
    }

    [Fact]
    public void A_missing_metric_and_a_parameter_that_is_not_a_number_name_the_run()
    {
        var missing = Mlruns((run, i) =>
        {
            if (i == 2)
                File.Delete(Path.Combine(run, "metrics", "eval", "loss"));
        });
        ScalingProcess.Run(Fit(missing)).AssertInputError($"{RunFolder(missing, 2)}: run 'run-2' has no metric 'eval/loss'; leave the run out, or map another key with --map loss=KEY");

        temp.Dispose();
        Directory.CreateDirectory(temp.FullName);
        var word = Mlruns((run, i) =>
        {
            if (i == 5)
                File.WriteAllText(Path.Combine(run, "params", "n_params"), "large");
        });
        ScalingProcess.Run(Fit(word)).AssertInputError(Path.Combine(RunFolder(word, 5), "params", "n_params"), "param 'n_params' of run 'run-5' is 'large', not a number");
    }

    private static string RunFolder(string experiment, int run) => Path.Combine(experiment, $"{run:x32}");

    [Fact]
    public void MLflow_metrics_are_loss_curves_too()
    {
        var experiment = Mlruns();

        var curves = LossCurveReader.Read(experiment);

        Assert.Equal(20, curves.Count);
        Assert.Equal([100, 200, 300], curves[0].Steps.ToArray());
        Assert.Equal(Law(1e7, 2e8) + 0.5, curves[0].Loss[0], 1e-12);
    }

    /// <summary>wandb/run-*/files with a history (loss and lr by _step), a summary and a config, and the latest-run link.</summary>
    private string Wandb()
    {
        var wandb = Directory.CreateDirectory(Path.Combine(temp.FullName, "wandb")).FullName;
        var i = 0;
        foreach (var (n, d) in Grid())
        {
            var files = Directory.CreateDirectory(Path.Combine(wandb, $"run-20240101_0000{i:00}-id{i}", "files")).FullName;
            var history = Enumerable.Range(1, 20).Select(s => $"{{\"_step\": {s * 10}, \"_runtime\": {s}, \"train/loss\": {F(2 + 10 * Math.Pow(s * 10, -0.5))}, \"lr\": 0.001, \"media\": {{\"_type\": \"image\"}}}}");
            File.WriteAllText(Path.Combine(files, "wandb-history.jsonl"), string.Join("\n", history) + "\n");
            File.WriteAllText(Path.Combine(files, "wandb-summary.json"), $"{{\"_step\": 200, \"train/loss\": 9.9, \"val_loss\": {F(Law(n, d))}}}");
            File.WriteAllText(Path.Combine(files, "config.yaml"), $"_wandb:\n  desc: null\n  value:\n    cli_version: 0.16.0\nn_params:\n  desc: null\n  value: {F(n)}\ntokens:\n  desc: null\n  value: {F(d)}\n");
            i++;
        }
        File.CreateSymbolicLink(Path.Combine(wandb, "latest-run"), Path.Combine(wandb, "run-20240101_000000-id0"));
        return wandb;
    }

    [Fact]
    public void A_wandb_folder_is_a_table_of_runs_from_config_and_summary_and_curves_from_history()
    {
        var wandb = Wandb();

        var json = ScalingProcess.Run("fit", wandb, "--map", "params=n_params", "--map", "tokens=tokens", "--map", "loss=val_loss", "--json").AssertSuccess().Json;
        var curves = LossCurveReader.Read(wandb);

        Assert.Equal(20, (int)json["n"]!); // latest-run is not read twice
        Assert.Equal(0.34, (double)json["params"]!["alpha"]!, 1e-3);
        Assert.Equal(20, curves.Count);
        Assert.Equal("run-20240101_000000-id0", curves[0].Name);
        Assert.Equal(Enumerable.Range(1, 20).Select(s => s * 10), curves[0].Steps);
        Assert.Equal(2 + 10 * Math.Pow(200, -0.5), curves[0].Loss[^1], 1e-12);
        Assert.Equal(0.001, curves[0].Schedule!.Rate(100), 1e-12);
    }

    [Fact]
    public void An_empty_folder_is_not_taken_for_runs()
    {
        var empty = Directory.CreateDirectory(Path.Combine(temp.FullName, "empty")).FullName;

        ScalingProcess.Run("fit", empty).AssertInputError("this is a directory, not a file");
        ScalingProcess.Run("curve", "fit", empty, "--law", "power").AssertInputError("the folder holds no .csv");
    }

    [Fact]
    public void A_gzip_table_reads_as_the_plain_one_and_a_corrupt_one_is_one_line()
    {
        var plain = Path.Combine(TestData.RepositoryRoot, ScalingProcess.Chinchilla);
        var gzipped = Path.Combine(temp.FullName, "runs.csv.gz");
        using (var output = File.Create(gzipped))
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal))
            gzip.Write(File.ReadAllBytes(plain));
        var cut = Path.Combine(temp.FullName, "cut.csv.gz");
        File.WriteAllBytes(cut, File.ReadAllBytes(gzipped)[..^100]);

        var fromGzip = ScalingProcess.Run("fit", gzipped, "--json").AssertSuccess().Json;
        var fromPlain = ScalingProcess.Run("fit", plain, "--json").AssertSuccess().Json;
        var piped = ScalingProcess.RunWithInput(File.ReadAllBytes(gzipped), "fit", "-", "--json").AssertSuccess().Json;

        Assert.Equal(fromPlain["params"]!.ToJsonString(), fromGzip["params"]!.ToJsonString());
        Assert.Equal(fromPlain["params"]!.ToJsonString(), piped["params"]!.ToJsonString());
        ScalingProcess.Run("fit", cut).AssertInputError("cut.csv.gz: the gzip data is corrupt or cut short");
    }
}
