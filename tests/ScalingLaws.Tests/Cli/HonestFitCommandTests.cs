using System.Globalization;
using ScalingLaws.Cli.Rendering;

namespace ScalingLaws.Tests.Cli;

/// <summary>
/// <c>scaling fit</c> on tables that used to fit without a word: repeated rows and perplexities warn (text, JSON, --strict),
/// an equal loss in every row is refused, and a fit that is not usable writes no law file.
/// </summary>
public sealed class HonestFitCommandTests : WithTempFolder
{
    private static readonly (double N, double D)[] Grid = [.. from n in new[] { 1e8, 2e8, 4e8, 8e8, 1.6e9 } from d in new[] { 2e9, 4e9, 8e9, 1.6e10 } select (n, d)];

    private static string Loss(double n, double d) => (1.69 + 406.4 / Math.Pow(n, 0.34) + 410.7 / Math.Pow(d, 0.28)).ToString("R", CultureInfo.InvariantCulture);

    private static string Rows(IEnumerable<(double N, double D)> grid, Func<double, double, string> loss) =>
        "params,tokens,loss\n" + string.Concat(grid.Select(g => $"{g.N:R},{g.D:R},{loss(g.N, g.D)}\n"));

    [Fact]
    public void Rows_pasted_twice_warn_once_in_the_notes_and_the_json_and_fail_strict()
    {
        var file = temp.Write("pasted.csv", Rows([.. Grid, .. Grid.Take(5)], Loss));

        var text = ScalingProcess.Run("fit", file).AssertSuccess().Stdout;
        var json = ScalingProcess.Run("fit", file, "--json").AssertSuccess().Json;
        var strict = ScalingProcess.Run("fit", file, "--strict");

        Assert.Contains("warning: 5 rows repeat an earlier row exactly (row 21 = row 1); each copy counts in the fit", text.ReplaceLineEndings(" "));
        Assert.Single(json["warnings"]!.AsArray(), w => ((string)w!).StartsWith("5 rows repeat an earlier row exactly", StringComparison.Ordinal));
        Assert.Equal(3, strict.ExitCode);
    }

    [Fact]
    public void Log10_counts_read_from_a_raw_table_warn_with_both_readings()
    {
        // The Hitchhiker's guide's raw OPT table: num_token and flops are log10 counts, ppl a perplexity.
        var path = Path.Combine(TestData.SharedData, "colpret", "opt_trajectories.csv");

        var json = ScalingProcess.Run("fit", path, "--map", "params=model_size", "--map", "tokens=num_token", "--map", "loss=ppl", "--json").AssertSuccess().Json;
        var warnings = json["warnings"]!.AsArray().Select(w => (string)w!).ToArray();

        Assert.Contains(warnings, w => w.Contains("142 rows have tokens below 1,000 (row 1: 9)") && w.Contains("or, every one between 3 and 27, like log10 of the counts (9 for 1e9)")
            && w.Contains("write the unit (e.g. 9M or 9B) or give the counts themselves, or go on if they are right."));
        Assert.Contains(warnings, w => w.Contains("every value between 3 and 27, it looks like log10 of the FLOPs (") && w.Contains("give it in FLOPs, leave it out"));
        // Every row has fewer "tokens" (9 … 12.5) than params, but swapping the columns is not the fix here, so that warning is not given.
        Assert.DoesNotContain(warnings, w => w.Contains("look swapped"));
    }

    [Fact]
    public void Perplexities_given_as_losses_warn_with_the_fix()
    {
        var file = temp.Write("perplexity.csv", Rows(Grid, (n, d) => Math.Exp(double.Parse(Loss(n, d), CultureInfo.InvariantCulture)).ToString("R", CultureInfo.InvariantCulture)));

        var json = ScalingProcess.Run("fit", file, "--json").AssertSuccess().Json;

        var warning = Assert.Single(json["warnings"]!.AsArray(), w => ((string)w!).Contains("look like perplexities"));
        Assert.Contains("give ln(perplexity) as the loss column", (string)warning!);
        Assert.StartsWith("20 of 20 rows have a loss above 12.5", (string)warning!);
    }

    [Fact]
    public void A_catalogued_datasets_perplexity_is_not_called_a_mistake()
    {
        // OPT's loss is its raw validation perplexity, as the Hitchhiker's guide fitted it, and its catalog entry says so.
        var json = ScalingProcess.Run("fit", "--dataset", "opt", "--data-dir", TestData.SharedData, "--law", "power", "--json").AssertSuccess().Json;

        Assert.DoesNotContain(json["warnings"]!.AsArray(), w => ((string)w!).Contains("perplexities"));
        Assert.Contains(RowWarnings.Of(SharedDatasets.Load("opt")), w => w.Contains("look like perplexities"));
    }

    [Fact]
    public void An_equal_loss_in_every_row_is_refused_not_fitted_with_r2_minus_infinity()
    {
        var file = temp.Write("flat.csv", Rows(Grid, (_, _) => "3.0"));

        ScalingProcess.Run("fit", file).AssertInputError("flat.csv: every row has the same loss (3), so there is no scaling for the law to fit");
    }

    [Fact]
    public void A_flat_loss_curve_is_refused_not_fitted_with_r2_undefined()
    {
        var file = temp.Write("flat-curve.csv", "step,loss\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"{i * 100},3.0\n")));

        ScalingProcess.Run("curve", "fit", file, "--law", "power")
            .AssertInputError("flat-curve.csv: every fitted point has the same loss (3), so there is no decay for the power law to fit");
        ScalingProcess.Run("curve", "fit", file, "--law", "power", "--json")
            .AssertInputError("flat-curve.csv: every fitted point has the same loss (3), so there is no decay for the power law to fit");
    }

    [Fact]
    public void A_fit_stopped_at_its_iteration_limit_writes_no_law_file_and_says_why()
    {
        var target = Path.Combine(temp.FullName, "x.json");

        var result = ScalingProcess.Run("fit", ScalingProcess.Chinchilla, "--max-iterations", "5", "--out", target);

        Assert.Equal(4, result.ExitCode);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.FullName));
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith($"warning: --out {target} not written: the fit is not usable (not converged: stopped at the iteration limit; raise --max-iterations)", line);
        Assert.DoesNotContain("Saved to", result.Stdout);
    }
}
