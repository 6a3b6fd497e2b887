using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using ScalingLaws.Report.Sections;

namespace ScalingLaws.Report;

/// <summary>
/// The report as one self-contained HTML page: style, script and figures (inline SVG) are all in the
/// file, and its Content-Security-Policy allows no network access and no script but the page's own
/// (by hash), so even markup that slipped into the page could not run or load anything.
/// </summary>
public static class ReportPage
{
    /// <summary>The sections in page order. A new section is one class in Sections/ and one line here.</summary>
    public static IReadOnlyList<IReportSection> Sections { get; } =
    [
        new DataSection(),
        new FitSection(),
        new PlannerSection(),
        new ComputeOptimalSection(),
        new FrontierSection(),
        new DiagnosticsSection(),
        new EstimationSection(),
        new LossCurveSection(),
        new DownstreamSection(),
    ];

    public static string Build(ReportData data) => Build(data, Sections);

    /// <summary>The page with the given sections; they are built in parallel (each renders its own figures).</summary>
    public static string Build(ReportData data, IReadOnlyList<IReportSection> sections)
    {
        ArgumentNullException.ThrowIfNull(data);
        var bodies = new string[sections.Count];
        try
        {
            // One section at a time to whichever thread is free: Parallel.For would hand one thread a run of sections
            // up front, and the two with the most figures (frontier, diagnostics) could then fall to the same thread.
            Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, sections.Count), EnumerablePartitionerOptions.NoBuffering), i =>
            {
                var writer = new HtmlWriter();
                sections[i].Write(writer, data);
                bodies[i] = writer.ToString();
            });
        }
        catch (AggregateException e)
        {
            // The first failure as itself, so that a ScalingLawsException still reads as one line of input error.
            ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
        }

        var script = Asset("report.js");
        var html = new HtmlWriter();
        html.Trusted("<!DOCTYPE html>\n");
        using (html.Tag("html", ("lang", "en")))
        {
            using (html.Tag("head"))
            {
                html.Void("meta", ("charset", "utf-8"));
                html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
                html.Void("meta", ("http-equiv", "Content-Security-Policy"), ("content", Policy(script)));
                html.Element("title", $"Scaling-law report: {data.Source}");
                using (html.Tag("style"))
                    html.Trusted(Asset("report.css"));
            }
            using (html.Tag("body"))
            {
                Header(html, data, sections);
                using (html.Tag("main"))
                {
                    for (var i = 0; i < sections.Count; i++)
                    {
                        using (html.Tag("section", ("id", sections[i].Id), ("class", "card")))
                        {
                            html.Element("h2", sections[i].Title);
                            html.Trusted(bodies[i]);
                        }
                    }
                }
                using (html.Tag("footer"))
                    html.Text($"Written by {data.Generator}. The page is self-contained: it works offline, and its figures are inline SVG.");
                using (html.Tag("script"))
                    html.Trusted(script);
            }
        }
        return html.ToString();
    }

    private static void Header(HtmlWriter html, ReportData data, IReadOnlyList<IReportSection> sections)
    {
        using (html.Tag("header"))
        {
            html.Element("h1", "Scaling-law report");
            var bootstrap = data.Bootstrap is { } b ? $", bootstrap {ReportFormat.Integer(b.Resamples)} resamples" : "";
            html.Element("p", $"{data.Source} · {data.Fit.Law.Name} law fitted to {ReportFormat.Integer(data.Fit.Rows)} rows{bootstrap}", ("class", "subtitle"));
            html.Element("p", Headline(data), ("class", "headline"));
            using (html.Tag("nav", ("aria-label", "Sections")))
            using (html.Tag("ul"))
            {
                foreach (var section in sections)
                {
                    using (html.Tag("li"))
                        html.Element("a", section.Title, ("href", $"#{section.Id}"));
                }
            }
        }
    }

    // The answer most readers came for, in one sentence: the fit's accuracy and the plan at the planner's first budget.
    private static string Headline(ReportData data)
    {
        var accuracy = $"The law fits the rows to {ReportFormat.Significant(data.Fit.Metrics.Rmse, 3)} nats RMSE ({ReportFormat.Percent(data.Fit.Metrics.Mre, 2)} mean relative error).";
        if (data.Law is not { } law)
            return accuracy;
        var budget = Math.Pow(10, BudgetRange.Of(data).StartDecade);
        var plan = law.ForFlops(budget);
        return $"{accuracy} At {ReportFormat.Flops(budget)} FLOPs it puts N* = {ReportFormat.Count(plan.Params)} parameters on D* = {ReportFormat.Count(plan.Tokens)} tokens " +
            $"({ReportFormat.Ratio(plan.TokensPerParam)} per parameter) for a loss of {ReportFormat.Value(plan.Loss)} nats; the planner below tries other budgets.";
    }

    // Nothing from the network; scripts only the page's own, named by hash; styles inline (also in the SVGs).
    private static string Policy(string script) =>
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; " +
        $"script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the report's {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
