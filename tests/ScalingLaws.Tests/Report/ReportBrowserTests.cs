using System.Globalization;
using ScalingLaws.Analysis;
using ScalingLaws.Planning;
using ScalingLaws.Report;
using ScalingLaws.Report.Html;
using ScalingLaws.Report.Sections;
using ScalingLaws.Tests.Browser;

namespace ScalingLaws.Tests.Report;

/// <summary>
/// The report in a real browser (headless chromium): it loads with no console error and no network
/// request, draws every figure, the planner's numbers follow the slider and the target loss exactly
/// as the C# planner computes them, and tables sort. Screenshots of each section are saved under
/// the test output (report-output/) for a person to look at.
/// </summary>
public sealed class ReportBrowserTests
{
    [ChromiumFact]
    public async Task The_demo_report_loads_offline_without_errors_and_draws_every_figure()
    {
        var data = ReportFixtures.Demo;
        var file = ReportFixtures.Save("demo-report.html", ReportPage.Build(data));
        await using var page = await HeadlessPage.OpenAsync(file);

        var sections = await page.EvaluateAsync("[...document.querySelectorAll('main > section')].map(s => s.id)");
        Assert.Equal(ReportPage.Sections.Select(s => s.Id), sections!.AsArray().Select(n => (string)n!));
        // Every figure is drawn at a readable size: runs, predicted, 2 residual plots, IsoFLOP, IsoLoss, frontier, loss curves, one heatmap per family.
        var figures = await page.EvaluateAsync("[...document.querySelectorAll('figure svg')].map(s => s.getBoundingClientRect().width)");
        Assert.Equal(8 + data.Study!.Families.Count, figures!.AsArray().Count);
        Assert.All(figures.AsArray(), width => Assert.True(width!.GetValue<double>() > 400, $"a figure is only {width} px wide"));

        foreach (var section in ReportPage.Sections)
            await page.ScreenshotElementAsync(Path.Combine(ReportFixtures.OutputFolder, $"demo-{section.Id}.png"), $"#{section.Id}");
        await page.ScreenshotAsync(Path.Combine(ReportFixtures.OutputFolder, "demo-top.png"), 0, 0, HeadlessPage.Width, 900);

        Assert.Empty(page.Problems());
        Assert.Empty(page.Dialogs());
        // The page itself, and the heatmaps' cells, which are an inline data: image.
        Assert.All(page.Requests(), url => Assert.True(url.StartsWith("file://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), url));
    }

    [ChromiumFact]
    public async Task The_planners_loss_of_a_fit_whose_E_collapsed_reaches_up_to_the_loss_at_the_edge_of_the_data()
    {
        var data = ReportFixtures.NoFloor;
        var file = ReportFixtures.Save("no-floor-report.html", ReportPage.Build(data, [new PlannerSection()]));
        await using var page = await HeadlessPage.OpenAsync(file);

        await page.EvaluateAsync("(() => { const s = document.getElementById('plan-budget'); s.value = '21'; s.dispatchEvent(new Event('input')); })()");
        var plan = data.Law!.ForFlops(1e21);
        var interval = PlannedLoss.Interval(plan, data.Predictive!, null, data.Fit.Law, data.Fit.Values);
        Assert.True(interval.ReachesEdge, "the library raised this interval");
        await AssertReadout(page, "loss", plan.Loss, new ScalingLaws.Uncertainty.Uncertainty(double.NaN, double.NaN, interval.Lower, interval.Upper), ReportFormat.Value, " nats");
        Assert.Empty(page.Problems());
    }

    [ChromiumFact]
    public async Task The_planner_follows_the_slider_and_the_target_loss_as_the_library_computes_them()
    {
        var data = ReportFixtures.Chinchilla;
        var law = data.Law!;
        var file = ReportFixtures.Save("chinchilla-report.html", ReportPage.Build(data));
        await using var page = await HeadlessPage.OpenAsync(file);

        // Move the slider to 10^23 FLOPs as a user would (an input event), then read the numbers back.
        await page.EvaluateAsync("(() => { const s = document.getElementById('plan-budget'); s.value = '23'; s.dispatchEvent(new Event('input')); })()");
        var flops = await page.EvaluateAsync<double>("Number(document.getElementById('plan-flops').dataset.value)");
        Near.Relative(1e23, flops, 1e-12, "budget");
        var expected = law.ForFlops(flops);
        var spread = data.Spread!.ForFlops(flops);
        await AssertReadout(page, "params", expected.Params, spread.Params, ReportFormat.Count, " params");
        await AssertReadout(page, "tokens", expected.Tokens, spread.Tokens, ReportFormat.Count, " tokens");
        await AssertReadout(page, "ratio", expected.TokensPerParam, spread.TokensPerParam, ReportFormat.Ratio, "");
        // The loss has the predictive 95% interval, as PlannedLoss computes it: the extrapolation error at (N*, D*) and the parameters' spread.
        var predictive = PlannedLoss.Interval(expected, data.Predictive!, spread.Loss, data.Fit.Law, data.Fit.Values);
        Assert.True(predictive.Upper - predictive.Lower > spread.Loss.Upper - spread.Loss.Lower, "wider than the parameters' interval alone");
        await AssertReadout(page, "loss", expected.Loss, new ScalingLaws.Uncertainty.Uncertainty(double.NaN, double.NaN, predictive.Lower, predictive.Upper), ReportFormat.Value, " nats");
        Assert.Equal($"{ReportFormat.Flops(flops)} FLOPs", await page.EvaluateAsync<string>("document.getElementById('plan-budget-out').textContent"));
        Assert.Contains("× the compute of the largest run", await page.EvaluateAsync<string>("document.getElementById('plan-status').textContent"));
        await page.ScreenshotElementAsync(Path.Combine(ReportFixtures.OutputFolder, "chinchilla-planner-1e23.png"), "#planner");

        // Within the runs' compute (1e21) the main error model applies, beyond it (1e23, above) the one measured by compute.
        await page.EvaluateAsync("(() => { const s = document.getElementById('plan-budget'); s.value = '21'; s.dispatchEvent(new Event('input')); })()");
        var within = law.ForFlops(1e21);
        var withinSpread = data.Spread.ForFlops(1e21);
        var withinInterval = PlannedLoss.Interval(within, data.Predictive!, withinSpread.Loss, data.Fit.Law, data.Fit.Values);
        await AssertReadout(page, "loss", within.Loss, new ScalingLaws.Uncertainty.Uncertainty(double.NaN, double.NaN, withinInterval.Lower, withinInterval.Upper), ReportFormat.Value, " nats");

        // A target loss moves the slider to the least compute that reaches it.
        await page.EvaluateAsync("(() => { const t = document.getElementById('plan-target'); t.value = '2.1'; t.dispatchEvent(new Event('input')); })()");
        var target = law.ForLoss(2.1);
        Near.Relative(target.Flops, await page.EvaluateAsync<double>("Number(document.getElementById('plan-flops').dataset.value)"), 1e-9, "budget for L = 2.1");
        Near.Relative(target.Params, await page.EvaluateAsync<double>("Number(document.getElementById('plan-params').dataset.value)"), 1e-9, "N* for L = 2.1");
        var slider = double.Parse(await page.EvaluateAsync<string>("document.getElementById('plan-budget').value"), CultureInfo.InvariantCulture);
        Assert.InRange(slider, Math.Log10(target.Flops) - 0.006, Math.Log10(target.Flops) + 0.006);
        var lossSpread = data.Spread.ForLoss(2.1);
        Near.Relative(lossSpread.Flops.Lower, await page.EvaluateAsync<double>("Number(document.getElementById('plan-flops-ci').dataset.low)"), 1e-9, "lower C for L = 2.1");

        // A loss below E cannot be reached: the page says so instead of printing numbers.
        await page.EvaluateAsync("(() => { const t = document.getElementById('plan-target'); t.value = '1.5'; t.dispatchEvent(new Event('input')); })()");
        Assert.Contains("irreducible loss", await page.EvaluateAsync<string>("document.getElementById('plan-status').textContent"));
        await page.ScreenshotElementAsync(Path.Combine(ReportFixtures.OutputFolder, "chinchilla-planner-below-e.png"), "#planner");

        Assert.Empty(page.Problems());
    }

    [ChromiumFact]
    public async Task Without_bootstrap_laws_the_planners_loss_takes_the_parameters_share_by_the_delta_method_as_the_library_does()
    {
        // No draws: the script reads the fit's covariance off the page and adds sqrt(Jᵀ Σ J) at (N*, D*), as PlannedLoss does.
        var data = ReportFixtures.Chinchilla with { Bootstrap = null, Spread = null };
        var file = ReportFixtures.Save("chinchilla-report-no-bootstrap.html", ReportPage.Build(data, [new PlannerSection()]));
        await using var page = await HeadlessPage.OpenAsync(file);

        foreach (var decade in new[] { 21, 23, 25 })
        {
            await page.EvaluateAsync($"(() => {{ const s = document.getElementById('plan-budget'); s.value = '{decade}'; s.dispatchEvent(new Event('input')); }})()");
            var plan = data.Law!.ForFlops(await page.EvaluateAsync<double>("Number(document.getElementById('plan-flops').dataset.value)"));
            var interval = PlannedLoss.Interval(plan, data.Predictive!, null, data.Fit.Law, data.Fit.Values);
            var alone = PlannedLoss.Interval(plan, data.Predictive! with { Covariance = null }, null, data.Fit.Law, data.Fit.Values);
            Assert.True(interval.Upper > alone.Upper * 1.0001, $"at 1e{decade} the share moves the upper end from {alone.Upper} to {interval.Upper}");
            await AssertReadout(page, "loss", plan.Loss, new ScalingLaws.Uncertainty.Uncertainty(double.NaN, double.NaN, interval.Lower, interval.Upper), ReportFormat.Value, " nats");
        }
        Assert.Empty(page.Problems());
    }

    [ChromiumFact]
    public async Task A_table_sorts_by_the_column_whose_header_is_clicked_and_the_chinchilla_report_draws()
    {
        var file = ReportFixtures.Save("chinchilla-report-sort.html", ReportPage.Build(ReportFixtures.Chinchilla));
        await using var page = await HeadlessPage.OpenAsync(file);
        const string column = "[...document.querySelectorAll('#compute-optimal tbody tr')].map(r => Number(r.cells[1].dataset.sort))";
        const string click = "document.querySelectorAll('#compute-optimal thead th')[1].click()";

        await page.EvaluateAsync(click);
        var ascending = (await page.EvaluateAsync(column))!.AsArray().Select(n => n!.GetValue<double>()).ToArray();
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal("ascending", await page.EvaluateAsync<string>("document.querySelectorAll('#compute-optimal thead th')[1].getAttribute('aria-sort')"));
        await page.EvaluateAsync(click);
        var descending = (await page.EvaluateAsync(column))!.AsArray().Select(n => n!.GetValue<double>()).ToArray();
        Assert.Equal(ascending.Reverse(), descending);

        foreach (var section in ReportPage.Sections)
            await page.ScreenshotElementAsync(Path.Combine(ReportFixtures.OutputFolder, $"chinchilla-{section.Id}.png"), $"#{section.Id}");
        Assert.Empty(page.Problems());
    }

    // The value with its unit and the interval without, as the C# formats print them, and the exact numbers behind them.
    [ChromiumFact]
    public async Task With_a_gpu_the_planner_costs_the_budget_and_the_target_losss_compute_interval()
    {
        var cost = new CostSettings(Accelerators.Find("H100"), 0.4, 1024, 2);
        var data = ReportFixtures.Chinchilla with { Cost = cost };
        var file = ReportFixtures.Save("chinchilla-report-cost.html", ReportPage.Build(data));
        await using var page = await HeadlessPage.OpenAsync(file);

        // At 1e23 FLOPs: GPU-hours = C / (989e12 · 0.4 · 3600) = 70,213 (by hand), days over 1024 GPUs, dollars at $2.
        await page.EvaluateAsync("(() => { const s = document.getElementById('plan-budget'); s.value = '23'; s.dispatchEvent(new Event('input')); })()");
        var hours = 1e23 / (989e12 * 0.4 * 3600);
        Near.Relative(hours, await page.EvaluateAsync<double>("Number(document.getElementById('plan-gpuHours').dataset.value)"), 1e-9, "GPU-hours");
        Near.Relative(hours / 1024 / 24, await page.EvaluateAsync<double>("Number(document.getElementById('plan-days').dataset.value)"), 1e-9, "days");
        Near.Relative(hours * 2, await page.EvaluateAsync<double>("Number(document.getElementById('plan-dollars').dataset.value)"), 1e-9, "dollars");
        Assert.Equal($"{ReportFormat.Count(hours)} GPU-hours", await page.EvaluateAsync<string>("document.getElementById('plan-gpuHours').textContent"));
        Assert.Equal("", await page.EvaluateAsync<string>("document.getElementById('plan-dollars-ci').textContent")); // a given budget fixes the cost

        // A target loss: the cost's interval is the compute's, turned into GPU-hours.
        await page.EvaluateAsync("(() => { const t = document.getElementById('plan-target'); t.value = '2.1'; t.dispatchEvent(new Event('input')); })()");
        var flops = data.Spread!.ForLoss(2.1).Flops;
        Near.Relative(flops.Lower / cost.FlopsPerGpuHour, await page.EvaluateAsync<double>("Number(document.getElementById('plan-gpuHours-ci').dataset.low)"), 1e-9, "lower GPU-hours for L = 2.1");
        Near.Relative(flops.Upper / cost.FlopsPerGpuHour * 2, await page.EvaluateAsync<double>("Number(document.getElementById('plan-dollars-ci').dataset.high)"), 1e-9, "upper dollars for L = 2.1");
        Assert.Empty(page.Problems());
        await page.ScreenshotElementAsync(Path.Combine(ReportFixtures.OutputFolder, "chinchilla-planner-cost.png"), "#planner");
    }

    private static async Task AssertReadout(HeadlessPage page, string id, double value, ScalingLaws.Uncertainty.Uncertainty spread, Func<double, string> format, string unit)
    {
        Near.Relative(value, await page.EvaluateAsync<double>($"Number(document.getElementById('plan-{id}').dataset.value)"), 1e-9, id);
        Near.Relative(spread.Lower, await page.EvaluateAsync<double>($"Number(document.getElementById('plan-{id}-ci').dataset.low)"), 1e-9, $"{id} lower");
        Near.Relative(spread.Upper, await page.EvaluateAsync<double>($"Number(document.getElementById('plan-{id}-ci').dataset.high)"), 1e-9, $"{id} upper");
        Assert.Equal(format(value) + unit, await page.EvaluateAsync<string>($"document.getElementById('plan-{id}').textContent"));
        Assert.Equal(ReportFormat.Interval(spread.Lower, spread.Upper, format), await page.EvaluateAsync<string>($"document.getElementById('plan-{id}-ci').textContent"));
    }
}
