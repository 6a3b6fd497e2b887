using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScalingLaws.Analysis;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.IO.LawFiles;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;
using ScalingLaws.Report;
using ScalingLaws.Report.Html;
using ScalingLaws.Report.Sections;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.Report;

/// <summary>The page's content and structure, read from its HTML: what each section shows and that it needs nothing from outside.</summary>
public sealed partial class ReportPageTests
{
    private static readonly Lazy<string> DemoPage = new(() => ReportPage.Build(ReportFixtures.Demo));

    [Fact]
    public void The_sections_come_in_order_each_with_its_navigation_link()
    {
        var page = DemoPage.Value;
        var positions = ReportPage.Sections.Select(s => page.IndexOf($"<section id=\"{s.Id}\"", StringComparison.Ordinal)).ToArray();

        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.All(ReportPage.Sections, s => Assert.Contains($"<a href=\"#{s.Id}\">{HtmlWriter.Escape(s.Title)}</a>", page));
    }

    [Fact]
    public void The_largest_run_of_each_curve_family_is_predicted_from_its_first_checkpoints()
    {
        var outcome = Assert.Single(ReportFixtures.Demo.CurveOutcomes); // the demo's one family of training curves
        var prediction = Assert.Single(outcome.Predictions);

        // The simulated curve follows Hoffmann's law with 0.5 % noise: the power law in t extrapolates it to a few percent.
        Assert.True(prediction.Metrics.Mre is > 0 and < 0.05, $"mean relative error {prediction.Metrics.Mre:P2}");
        Assert.True(outcome.Task.Fit.Single().Count >= 3);
        Assert.Contains($"<td>{HtmlWriter.Escape(prediction.Target.Name)}</td>", DemoPage.Value);
        // Each predicted checkpoint has its predictive 95% interval; the table gives their coverage.
        Assert.Equal(prediction.Target.Count, prediction.Intervals.Length);
        Assert.Contains("predictive 95 % covers", DemoPage.Value);
        Assert.Contains($">{ReportFormat.Percent(outcome.Coverage!.Coverage, 0)}<", DemoPage.Value);

        // The figure: the run in the legend, the step axis in tokens, and a data area with the points and the line.
        var figure = Regex.Match(DemoPage.Value, "<figure id=\"fig-curves\">(.*?)</figure>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(HtmlWriter.Escape(prediction.Target.Name), figure);
        Assert.Contains("Tokens (millions)", figure);
        Assert.True(Regex.Matches(figure, "<path").Count > 20, "the curve figure has almost nothing drawn");
    }

    [Fact]
    public void The_page_loads_nothing_and_runs_only_its_own_script()
    {
        var page = DemoPage.Value;

        Assert.DoesNotContain(" src=", page);
        // Links within the page, and the heatmaps' cells as an inline image.
        Assert.All(Regex.Matches(page, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value),
            href => Assert.True(href.StartsWith('#') || href.StartsWith("data:image/png;base64,", StringComparison.Ordinal), href));
        var policy = WebUtility.HtmlDecode(Regex.Match(page, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value);
        Assert.Contains("default-src 'none'", policy);
        var script = Regex.Match(page, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'", policy);
    }

    [Fact]
    public void The_figures_are_inline_svg_with_ids_of_their_own()
    {
        var page = DemoPage.Value;
        var ids = Regex.Matches(page, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(8 + ReportFixtures.Demo.Study!.Families.Count, Regex.Matches(page, "<figure id=").Count);
        Assert.DoesNotContain("<?xml", page);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_compute_optimal_table_and_planner_carry_the_libraries_numbers()
    {
        var data = ReportFixtures.Demo;
        var page = DemoPage.Value;
        var plan = data.Law!.ForFlops(1e22);
        var spread = data.Spread!.ForFlops(1e22);

        // The 1e22 row: N*, its interval, D*, D*/N*, L*.
        var row = Regex.Match(page, "<tr><td class=\"num\" data-sort=\"1E\\+22\">1e22</td>(.*?)</tr>").Groups[1].Value;
        Assert.Contains($">{ReportFormat.Count(plan.Params)}<", row);
        Assert.Contains($">{ReportFormat.Interval(spread.Params.Lower, spread.Params.Upper, ReportFormat.Count)}<", row);
        Assert.Contains($">{ReportFormat.Count(plan.Tokens)}<", row);
        Assert.Contains($">{ReportFormat.Ratio(plan.TokensPerParam)}<", row);
        Assert.Contains($">{ReportFormat.Value(plan.Loss)}<", row);
        // L* has the predictive 95% interval (the law's extrapolation error at 1e22 plus the parameters' spread), named so.
        var predictive = PlannedLoss.Interval(plan, data.Predictive!, spread.Loss, data.Fit.Law, data.Fit.Values);
        Assert.Contains($">{ReportFormat.Interval(predictive.Lower, predictive.Upper, ReportFormat.Value)}<", row);
        Assert.Contains("predictive 95 %", page);
        Assert.Contains(HtmlWriter.Escape("the parameters' uncertainty only"), page);
        Assert.Equal(ScalingLaws.Prediction.ErrorModelSource.Backtest, data.Predictive!.Errors.Source);

        // The planner embeds the fitted law and one law per usable bootstrap resample, numbers only.
        var json = JsonNode.Parse(Regex.Match(page, "<script type=\"application/json\" id=\"planner-data\">(.*?)</script>").Groups[1].Value)!;
        Assert.Equal(data.Spread.Resamples, json["draws"]!.AsArray().Count);
        Assert.Equal(data.Fit.Values[ChinchillaLaw.Alpha], json["law"]![ChinchillaLaw.Alpha]!.GetValue<double>());
        Assert.Equal(data.Predictive.Errors.Slope, json["predictive"]!["main"]!["slope"]!.GetValue<double>());
        Assert.Equal(data.Predictive.Ranges.Inputs[0].Max, json["predictive"]!["ranges"]![0]![1]!.GetValue<double>());
    }

    [Fact]
    public void Chinchilla_report_shows_Epochs_fit_and_says_why_there_is_no_estimation_study()
    {
        var data = ReportFixtures.Chinchilla;
        var page = ReportPage.Build(data);

        // Epoch's replication: E = 1.8172, A = 477.84, α = 0.34731, β = 0.36718 (B is poorly determined).
        // B moves by about ±1 between correct optimisers, so only its first three figures are checked.
        Assert.Matches(@"L\(N, D\) = 1\.817 \+ 477\.8 / N<sup>0\.3473</sup> \+ 214\d / D<sup>0\.3672</sup>", page);
        Assert.Empty(data.CurveFamilies);
        Assert.Contains("No estimation study: no family has training curves", page);
        Assert.NotNull(data.IsoFlop);
        Assert.Contains("Rows the Huber objective down-weights", page);
    }

    [Fact]
    public void A_law_without_a_frontier_still_gets_a_page_that_says_what_is_missing()
    {
        var table = SweepSimulator.Simulate(SweepDesign.Chinchilla, seed: 2);
        var data = ReportAnalysis.Run(table, new ReportSettings { Fitter = new LawFitter(LawCatalog.Create("power", ScalingLaws.Data.Field.Params)) });
        var page = ReportPage.Build(data);

        Assert.Null(data.Law);
        Assert.Contains("The planner needs a Chinchilla law", page);
        Assert.Contains("No intervals: give --bootstrap 1000", page);
        Assert.DoesNotContain("id=\"planner-data\"", page);
    }

    [Fact]
    public void A_sweep_too_short_for_the_10B_cut_is_studied_with_the_cut_scaled_to_it_and_the_page_says_so()
    {
        // Five sizes trained to 9B tokens: the guide's 10B cut leaves no training checkpoint, the scaled cut (0.3B) keeps 8 a size.
        var table = TrainingCurveFamilies.Curves("short", [.. Enumerable.Range(0, 5).Select(i => (2e7 * Math.Pow(3, i), 9e9))], step: 1e9);

        var data = ReportAnalysis.Run(table, new ReportSettings { Fitter = new LawFitter(ChinchillaLaw.Instance) });
        var page = ReportPage.Build(data);

        Assert.Equal(3e8, data.StudySettings.MinTokens, 1e-3);
        Assert.Contains(data.Study!.Families.Single().Cells, c => c.Status == ScalingLaws.Estimation.CellStatus.Ok && c.Are < 0.01);
        Assert.Contains("with the 10B-token cut no cell could be fitted, so the cut is the guide&#39;s scaled to this table: 300M tokens (longest run 9B tokens × 10B / 300B).", page);
    }

    [Fact]
    public void Training_curves_are_told_apart_from_isoflop_runs()
    {
        Assert.Equal([SweepSimulator.LadderFamily], ReportAnalysis.CurveFamilies(SweepSimulator.Simulate(SweepDesign.Chinchilla, seed: 1)));
        Assert.Empty(ReportAnalysis.CurveFamilies(ReportFixtures.Chinchilla.Table));
        Assert.Equal(["OPT"], ReportAnalysis.CurveFamilies(SharedDatasets.Load("opt")));
    }

    [Fact]
    public void A_page_that_cannot_be_written_leaves_no_temporary_file_and_the_old_page_intact()
    {
        using var folder = new TempFolder();
        var target = folder.Write("report.html", "old page");
        Directory.CreateDirectory(Path.Combine(folder.FullName, "taken.html"));

        var error = Assert.Throws<ScalingLawsException>(() => ReportFile.Write(Path.Combine(folder.FullName, "taken.html"), "<p>new</p>"));
        Messages.AssertOneLine(error.Message);
        Assert.Equal(["report.html", "taken.html"], Directory.GetFileSystemEntries(folder.FullName).Select(Path.GetFileName).Order());

        ReportFile.Write(target, "<p>new</p>");
        Assert.Equal("<p>new</p>", File.ReadAllText(target));
        Assert.Throws<ScalingLawsException>(() => AtomicFile.CheckTarget(Path.Combine(folder.FullName, "report.txt"), OutputKind.Report, []));
    }

    [Fact]
    public void A_fit_whose_E_collapsed_is_warned_in_the_fit_section()
    {
        var page = ReportPage.Build(ReportFixtures.NoFloor, [new FitSection()]);
        var chinchilla = ReportPage.Build(ReportFixtures.Chinchilla, [new FitSection()]);

        Assert.Contains("is below 3 % of the lowest loss the law reaches on these runs: they have not shown where the loss levels off", page);
        Assert.Contains(HtmlWriter.Escape("The intervals of L* in the compute-optimal table and the planner allow for it"), page);
        Assert.DoesNotContain("have not shown where the loss levels off", chinchilla);
    }

    [Fact]
    public void Budgets_beyond_every_run_take_the_error_model_measured_by_compute_and_those_within_the_main_one()
    {
        // Chinchilla's largest run is 1.3e22 FLOPs: 1e25 lies beyond it, 1e21 within. A law file of the same table stores the
        // same models, so the page's L* interval is the one 'optimal' gives (docs/figures.md has the two side by side).
        var data = ReportFixtures.Chinchilla;
        var predictive = data.Predictive!;
        var costlier = Assert.IsType<ExtrapolationErrorModel>(predictive.CostlierErrors);
        Assert.Equal(8, costlier.CutPoints);
        var page = ReportPage.Build(data, [new ComputeOptimalSection()]);

        foreach (var (budget, model) in new[] { (1e25, costlier), (1e21, predictive.Errors) })
        {
            var plan = data.Law!.ForFlops(budget);
            var spread = data.Spread!.ForFlops(budget).Loss;
            var interval = PlannedLoss.Interval(plan, predictive, spread, data.Fit.Law, data.Fit.Values);
            var expected = model.Interval(plan.Loss, predictive.Ranges.DistanceOf([plan.Params, plan.Tokens]), ParameterUncertainty.LogSigma(spread));
            Near.Relative(expected.Upper, interval.Upper, 1e-12, $"upper end at {budget:g}");
            Near.Relative(expected.Lower, interval.Lower, 1e-12, $"lower end at {budget:g}");
            var row = Regex.Match(page, $"<tr><td class=\"num\" data-sort=\"{Regex.Escape(ReportFormat.Key(budget))}\">.*?</tr>").Value;
            Assert.Contains($">{ReportFormat.Interval(interval.Lower, interval.Upper, ReportFormat.Value)}<", row);
        }
        // The compute model is not the main one here: at 1e25 the main model's interval is over 1% wider or narrower.
        var far = data.Law!.ForFlops(1e25);
        var main = predictive.Errors.Interval(far.Loss, predictive.Ranges.DistanceOf([far.Params, far.Tokens]), ParameterUncertainty.LogSigma(data.Spread!.ForFlops(1e25).Loss));
        var chosen = PlannedLoss.Interval(far, predictive, data.Spread.ForFlops(1e25).Loss, data.Fit.Law, data.Fit.Values);
        Assert.True(Math.Abs(Math.Log(main.Upper / chosen.Upper)) > 0.01, $"main {main.Upper} against compute {chosen.Upper}");
        Assert.Contains(HtmlWriter.Escape("beyond the compute of every run, 8 cut points by compute"), page);
    }

    [Fact]
    public void The_compute_optimal_loss_of_a_fit_whose_E_collapsed_reaches_up_to_the_loss_at_the_edge_of_the_data()
    {
        // The fit puts E near 0, and the largest run is 5e8 parameters on 3e9 tokens.
        var data = ReportFixtures.NoFloor;
        var (fit, predictive) = (data.Fit, data.Predictive!);
        var budget = 1e21;
        var plan = data.Law!.ForFlops(budget);

        var interval = PlannedLoss.Interval(plan, predictive, null, fit.Law, fit.Values);
        var unraised = predictive.IntervalAround(plan.Loss, predictive.Ranges.DistanceOf([plan.Params, plan.Tokens]), 0);
        var edge = ChinchillaLaw.Instance.Predict([.. fit.Values], [Math.Min(plan.Params, 5e8), Math.Min(plan.Tokens, 3e9)]);

        Assert.True(edge > unraised.Upper * 1.01, $"the edge loss {edge} lies above the interval {unraised.Upper}: the raise is what is tested");
        Near.Relative(edge, interval.Upper, 1e-12, "upper end");
        Near.Relative(unraised.Lower, interval.Lower, 1e-12, "lower end");
        var page = ReportPage.Build(data, [new ComputeOptimalSection(), new PlannerSection()]);
        var row = Regex.Match(page, $"<tr><td class=\"num\" data-sort=\"{Regex.Escape(ReportFormat.Key(budget))}\">.*?</tr>").Value;
        Assert.Contains($">{ReportFormat.Interval(interval.Lower, interval.Upper, ReportFormat.Value)}<", row);
        var json = JsonNode.Parse(Regex.Match(page, "<script type=\"application/json\" id=\"planner-data\">(.*?)</script>").Groups[1].Value)!;
        Assert.True(json["predictive"]!["collapsed"]!.GetValue<bool>());
        // Without bootstrap laws or a covariance (this model carries none) the interval is the extrapolation error alone, and both notes say so.
        Assert.Equal(2, Regex.Matches(page, Regex.Escape(HtmlWriter.Escape("without bootstrap laws it leaves out the parameters' spread."))).Count);
        Assert.DoesNotContain(HtmlWriter.Escape("plus the parameters' spread"), page);
    }

    [Fact]
    public void Without_bootstrap_laws_L_star_takes_the_parameters_share_from_the_fits_covariance_and_the_page_says_so()
    {
        // The Chinchilla fit frees every parameter and its curvature determines them: the report's model carries the covariance
        // 'fit --out' stores, and without bootstrap laws L*'s interval adds the delta method's share at (N*, D*), as 'optimal' does.
        var data = ReportFixtures.Chinchilla with { Bootstrap = null, Spread = null };
        var predictive = data.Predictive!;
        var covariance = Assert.IsType<double[,]>(predictive.Covariance);
        var page = ReportPage.Build(data, [new ComputeOptimalSection(), new PlannerSection()]);

        foreach (var budget in new[] { 1e21, 1e25 })
        {
            var plan = data.Law!.ForFlops(budget);
            var share = ParameterUncertainty.LogSigma(data.Fit.Law, data.Fit.Values, covariance, plan.Params, plan.Tokens);
            var expected = predictive.IntervalAround(plan.Loss, predictive.Ranges.DistanceOf([plan.Params, plan.Tokens]), share);
            var interval = PlannedLoss.Interval(plan, predictive, null, data.Fit.Law, data.Fit.Values);
            Near.Relative(expected.Upper, interval.Upper, 1e-12, $"upper end at {budget:g}");
            Near.Relative(expected.Lower, interval.Lower, 1e-12, $"lower end at {budget:g}");
            var alone = PlannedLoss.Interval(plan, predictive with { Covariance = null }, null, data.Fit.Law, data.Fit.Values);
            Assert.True(interval.LogHalfWidth > alone.LogHalfWidth * 1.01, $"at {budget:g} the share widens {alone.LogHalfWidth} to {interval.LogHalfWidth}");
            var row = Regex.Match(page, $"<tr><td class=\"num\" data-sort=\"{Regex.Escape(ReportFormat.Key(budget))}\">.*?</tr>").Value;
            Assert.Contains($">{ReportFormat.Interval(interval.Lower, interval.Upper, ReportFormat.Value)}<", row);
        }
        // Both notes and the column's title say where the share comes from; the planner embeds the covariance row by row.
        Assert.Equal(2, Regex.Matches(page, Regex.Escape(HtmlWriter.Escape("plus the parameters' spread by the delta method from the fit's curvature"))).Count);
        Assert.Contains(HtmlWriter.Escape("plus the parameters' spread from the fit's curvature; sorts by the lower end"), page);
        Assert.DoesNotContain(HtmlWriter.Escape("leaves out the parameters' spread"), page);
        Assert.Equal(covariance.Cast<double>(), PlannerJson(page)["predictive"]!["covariance"]!.AsArray().Select(n => n!.GetValue<double>()));
        // With bootstrap laws the share is theirs, and the page embeds no covariance.
        Assert.Null(PlannerJson(ReportPage.Build(ReportFixtures.Chinchilla, [new PlannerSection()]))["predictive"]!["covariance"]);
    }

    [Fact]
    public void A_fit_with_a_fixed_parameter_has_no_covariance_and_L_star_without_bootstrap_laws_keeps_the_extrapolation_error_alone()
    {
        var fitter = new LawFitter(ChinchillaLaw.Instance, FitOptions.Default with { Constraints = ParameterConstraints.None.Fix("E", 1.69) });
        var data = ReportAnalysis.Run(ChinchillaEpoch.Shared.Table, new ReportSettings { Fitter = fitter });
        var predictive = data.Predictive!;
        var page = ReportPage.Build(data, [new ComputeOptimalSection(), new PlannerSection()]);

        Assert.Null(predictive.Covariance);
        var plan = data.Law!.ForFlops(1e24);
        var alone = predictive.IntervalAround(plan.Loss, predictive.Ranges.DistanceOf([plan.Params, plan.Tokens]), 0);
        var interval = PlannedLoss.Interval(plan, predictive, null, data.Fit.Law, data.Fit.Values);
        Near.Relative(alone.Upper, interval.Upper, 1e-12, "upper end");
        Near.Relative(alone.Lower, interval.Lower, 1e-12, "lower end");
        Assert.Equal(2, Regex.Matches(page, Regex.Escape(HtmlWriter.Escape("without bootstrap laws it leaves out the parameters' spread."))).Count);
        Assert.Contains(HtmlWriter.Escape("beyond the runs; sorts by the lower end"), page);
        Assert.Null(PlannerJson(page)["predictive"]!["covariance"]);
    }

    private static JsonNode PlannerJson(string page) =>
        JsonNode.Parse(Regex.Match(page, "<script type=\"application/json\" id=\"planner-data\">(.*?)</script>").Groups[1].Value)!;

    [Fact]
    public void A_section_that_fails_fails_the_page_with_its_own_error()
    {
        var error = Assert.Throws<ScalingLawsException>(() => ReportPage.Build(ReportFixtures.Demo, [new FailingSection(), new FitSection()]));
        Assert.Equal("no figure for you", error.Message);
    }

    private sealed class FailingSection : IReportSection
    {
        public string Id => "failing";

        public string Title => "Failing";

        public void Write(HtmlWriter html, ReportData data) => throw new ScalingLawsException("no figure for you");
    }
}
