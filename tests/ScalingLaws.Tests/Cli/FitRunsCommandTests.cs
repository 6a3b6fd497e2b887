using System.Globalization;
using System.Text;

namespace ScalingLaws.Tests.Cli;

/// <summary><c>scaling fit</c> on a checkpoint table: how many runs, what the bootstrap resampled, and the dominance warning.</summary>
public sealed class FitRunsCommandTests : WithTempFolder
{
    // 12 runs (N log-spaced 1e7..1e9) × 6 checkpoints each, with model and step columns, from a known
    // Chinchilla law with a per-run offset.
    private string CheckpointTable()
    {
        var random = new Random(5);
        var csv = new StringBuilder("model,params,step,tokens,loss\n");
        for (var run = 0; run < 12; run++)
        {
            var n = 1e7 * Math.Pow(100, run / 11.0);
            var offset = 0.02 * (random.NextDouble() - 0.5);
            for (var step = 1; step <= 6; step++)
            {
                var d = 1e9 * Math.Pow(100, (step - 1) / 5.0);
                var loss = (1.8 + 400 / Math.Pow(n, 0.33) + 1500 / Math.Pow(d, 0.3)) * Math.Exp(offset + 0.002 * (random.NextDouble() - 0.5));
                csv.Append(CultureInfo.InvariantCulture, $"m{run},{n:R},{step * 1000},{d:R},{loss:R}\n");
            }
        }
        return temp.Write("checkpoints.csv", csv.ToString());
    }

    [Fact]
    public void Text_says_rows_from_runs_resampled_runs_and_warns()
    {
        var file = CheckpointTable();

        var output = ScalingProcess.Run("fit", file, "--bootstrap", "50").AssertSuccess().Stdout;

        Assert.Contains($"72 rows from 12 runs in {file} (checkpoints grouped by model, N and step)", output);
        Assert.Contains("50 of 50 resamples converged (seed 42); resampled 12 runs (whole runs", output);
        Assert.Contains("warning: checkpoints dominate this fit: 72 rows come from 12 runs (6 per run)", output);
    }

    [Fact]
    public void Json_records_runs_and_what_the_bootstrap_resampled()
    {
        var fit = ScalingProcess.Run("fit", CheckpointTable(), "--bootstrap", "50", "--json").AssertSuccess().Json;

        Assert.Equal(72, (int?)fit["n"]);
        Assert.Equal(12, (int?)fit["runs"]);
        Assert.Equal("runs", (string?)fit["bootstrap"]!["resampled"]);
        Assert.Equal(12, (int?)fit["bootstrap"]!["units"]);
        Assert.Contains(fit["warnings"]!.AsArray(), w => ((string?)w)!.StartsWith("checkpoints dominate this fit", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinchilla_final_values_are_one_row_per_run_and_a_row_bootstrap()
    {
        string[] epoch = ["fit", ScalingProcess.Chinchilla, "--drop-highest-loss", "5", "--bootstrap", "20"];

        var text = ScalingProcess.Run(epoch).AssertSuccess().Stdout;
        var json = ScalingProcess.Run([.. epoch, "--json"]).AssertSuccess().Json;

        Assert.Contains($"240 rows from {ScalingProcess.Chinchilla} (one row per run)", text);
        Assert.Contains("resampled 240 rows", text);
        Assert.DoesNotContain("checkpoints dominate", text);
        Assert.Equal(240, (int?)json["runs"]);
        Assert.Equal("rows", (string?)json["bootstrap"]!["resampled"]);
        Assert.Equal(240, (int?)json["bootstrap"]!["units"]);
    }

    [Fact]
    public void Final_keeps_each_runs_last_checkpoint_and_fits_runs_of_one_row()
    {
        var file = CheckpointTable();

        // Every run ends at 100B tokens, so the last checkpoints determine only how loss falls with N.
        var output = ScalingProcess.Run("fit", file, "--final", "--law", "power").AssertSuccess().Stdout;
        var json = ScalingProcess.Run("fit", file, "--final", "--law", "power", "--json").AssertSuccess().Json;

        Assert.Contains($"12 rows from {file} (one row per run)", output);
        Assert.Contains("kept each run's last checkpoint: 12 of 72 rows", output);
        Assert.DoesNotContain("checkpoints dominate", output);
        Assert.Equal(12, (int?)json["n"]);
        Assert.Equal(12, (int?)json["runs"]);
    }

    // A sweep of final values listed by N, then D: 5 sizes × 4 token counts, each row a run of its own.
    private string GridOfFinalValues()
    {
        var csv = new StringBuilder("params,tokens,loss\n");
        foreach (var n in new[] { 1e7, 3e7, 1e8, 3e8, 1e9 })
            foreach (var d in new[] { 2e8, 1e9, 5e9, 2e10 })
                csv.Append(CultureInfo.InvariantCulture, $"{n:R},{d:R},{1.7 + 400 / Math.Pow(n, 0.34) + 410 / Math.Pow(d, 0.28):R}\n");
        return temp.Write("grid.csv", csv.ToString());
    }

    [Fact]
    public void A_grid_listed_by_N_then_D_is_read_as_checkpoints_unless_one_row_per_run_is_given()
    {
        var file = GridOfFinalValues();

        var guessed = ScalingProcess.Run("fit", file).AssertSuccess().Stdout;
        var stated = ScalingProcess.Run("fit", file, "--one-row-per-run", "--bootstrap", "20").AssertSuccess().Stdout;
        var json = ScalingProcess.Run("fit", file, "--one-row-per-run", "--json").AssertSuccess().Json;

        Assert.Contains("20 rows from 5 runs in", guessed);
        Assert.Contains("(consecutive rows of one N at rising tokens are one run's checkpoints; --one-row-per-run if each row is a run of its own)", Flatten(guessed));
        Assert.Contains("or, if these are not checkpoints but separate runs listed by N, then tokens, give --one-row-per-run.", Flatten(guessed));
        Assert.Contains($"20 rows from {file} (one row per run)", stated);
        Assert.Contains("every row read as a run of its own", stated);
        Assert.Contains("resampled 20 rows", stated);
        Assert.DoesNotContain("checkpoints dominate", stated);
        Assert.Equal(20, (int?)json["runs"]);
    }

    // The console wraps long warnings; the assertion reads them as one line.
    private static string Flatten(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.TrimEntries));
}
