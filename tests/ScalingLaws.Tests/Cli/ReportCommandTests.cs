using System.Text.RegularExpressions;
using ScalingLaws.Analysis;
using ScalingLaws.Fitting;
using ScalingLaws.IO;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;
using ScalingLaws.Report;
using ScalingLaws.Report.Html;
using ScalingLaws.Report.Sections;
using static ScalingLaws.Tests.ScalingProcess;

namespace ScalingLaws.Tests.Cli;

/// <summary>`scaling report` and `scaling demo` run end to end; bad output names fail before any work and never touch an old page.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Report_of_the_chinchilla_runs_reads_like_scaling_fit()
    {
        var path = Path.Combine(_folder.FullName, "report.html");

        var result = Run("report", "--dataset", "chinchilla", "--drop-highest-loss", "5", "--bootstrap", "100", "--out", path).AssertSuccess();

        Assert.Contains($"wrote {path}", result.Stdout);
        Assert.Contains("chinchilla law fitted to 240 rows of dataset chinchilla, bootstrap 100 of 100 resamples", result.Stdout);
        Assert.Contains("estimation study: none; no family has training curves", result.Stdout);
        var page = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("477.8 / N<sup>0.3473</sup>", page);
        Assert.Single(Directory.GetFiles(_folder.FullName)); // no temporary file left behind
    }

    [Fact]
    public void The_terminal_names_a_fit_that_pools_families_and_is_ill_determined_as_fit_would()
    {
        // Two families of one synthetic law each, 4 sizes x 4 token counts; E, A and B differ, so the pooled law misfits both.
        var rows = from family in new[] { ("web", 1.8, 400.0), ("code", 1.2, 900.0) }
                   from n in new[] { 2e7, 8e7, 3.2e8, 1.28e9 }
                   from d in new[] { 1e9, 4e9, 1.6e10, 6.4e10 }
                   select $"{family.Item1},{n:R},{d:R},{family.Item2 + family.Item3 / Math.Pow(n, 0.34) + 410 / Math.Pow(d, 0.28):R}";
        var table = _folder.Write("families.csv", "family,params,tokens,loss\n" + string.Join("\n", rows) + "\n");
        var path = Path.Combine(_folder.FullName, "report.html");

        var result = Run("report", table, "--out", path).AssertSuccess();

        Assert.Contains("warning: 2 families are fitted as one law (web 16 rows, code 16 rows); select one with --family web, or add --pool if pooling them is intended.", result.Stdout);
        Assert.Contains("status: ill-determined: a minimum, but the data do not determine every parameter (see the warnings on the page)", result.Stdout);
        var one = Run("report", table, "--family", "web", "--out", path).AssertSuccess();
        Assert.DoesNotContain("warning:", one.Stdout);
        Assert.DoesNotContain("status:", one.Stdout);
    }

    [Fact]
    public void Without_bootstrap_L_stars_interval_is_the_one_optimal_gives_from_a_law_file_of_the_same_table()
    {
        // The page backtests with the law file's settings here (by size, 15 cut points, every other start) in place of its thinner
        // defaults, so both take the same error models and the parameters' share is what is compared: the delta method from the
        // covariance 'fit --out' stores, at (N*, D*).
        var law = Path.Combine(_folder.FullName, "law.json");
        Run("fit", ChinchillaEpoch.Path, "--drop-highest-loss", "5", "--out", law).AssertSuccess();
        double[] budgets = [1e24, 1e25];
        var rows = Run("optimal", "--law-file", law, "--flops", "1e24", "1e25", "--json").AssertSuccess().Json["rows"]!.AsArray();
        var settings = new ReportSettings
        {
            Fitter = new LawFitter(ChinchillaLaw.Instance),
            Backtest = new BacktestSettings { FitOptions = FitOptions.Default with { StartStride = 2 } },
        };
        var data = ReportAnalysis.Run(ChinchillaEpoch.Shared.Table, settings);
        var page = ReportPage.Build(data, [new ComputeOptimalSection()]);

        Assert.NotNull(data.Predictive!.Covariance);
        for (var i = 0; i < budgets.Length; i++)
        {
            var plan = data.Law!.ForFlops(budgets[i]);
            var interval = PlannedLoss.Interval(plan, data.Predictive, null, data.Fit.Law, data.Fit.Values);
            var loss = rows[i]!["ci95"]!["loss"]!;
            Near.Relative(Near.Number(loss[0]), interval.Lower, 1e-9, $"lower end at {budgets[i]:g}");
            Near.Relative(Near.Number(loss[1]), interval.Upper, 1e-9, $"upper end at {budgets[i]:g}");
            var row = Regex.Match(page, $"<tr><td class=\"num\" data-sort=\"{Regex.Escape(ReportFormat.Key(budgets[i]))}\">.*?</tr>").Value;
            Assert.Contains($">{ReportFormat.Interval(interval.Lower, interval.Upper, ReportFormat.Value)}<", row);
        }
    }

    [Theory]
    [InlineData("report.txt", "ending in .html")]
    [InlineData("no/such/folder/report.html", "there is no folder")]
    public void A_bad_output_name_fails_before_any_work(string name, string fragment)
    {
        Run("report", "--dataset", "chinchilla", "--out", Path.Combine(_folder.FullName, name)).AssertInputError(fragment);
    }

    [Fact]
    public void Bad_data_leaves_an_old_page_as_it_was()
    {
        var page = _folder.Write("report.html", "old page");
        var data = _folder.Write("runs.csv", "params,tokens,lsos\n1e8,2e9,3.5\n");

        Run("report", data, "--out", page).AssertInputError("'lsos' looks like 'loss' misspelt", "--map loss=\"lsos\"");

        Assert.Equal("old page", File.ReadAllText(page));
        Assert.Equal(2, Directory.GetFiles(_folder.FullName).Length);
    }

    [Fact]
    public void Demo_recovers_the_true_law_and_writes_runs_law_and_page()
    {
        var folder = Path.Combine(_folder.FullName, "demo");

        var result = Run("demo", "--out", folder, "--seed", "7").AssertSuccess();

        Assert.Contains("Simulated 141 rows from L = 1.69 + 406.4/N^0.34 + 410.7/D^0.28", result.Stdout);
        Assert.Contains("A plan for C = 1e22 FLOPs", result.Stdout);
        foreach (var file in new[] { "runs.csv", "fit.json", "report.html" })
            Assert.Contains($"wrote {Path.Combine(folder, file)}", result.Stdout);
        // The written runs are the simulated sweep; the law file holds the fit, within 5 % of the truth in α and β.
        Assert.Equal(141, TableReader.Read(Path.Combine(folder, "runs.csv")).Count);
        var law = LawFile.Read(Path.Combine(folder, "fit.json"));
        Near.Relative(0.34, law.Params["alpha"], 0.05, "alpha");
        Near.Relative(0.28, law.Params["beta"], 0.05, "beta");
        Assert.Equal(1000, law.Bootstrap!.Resamples);
    }
}
