using System.Text.RegularExpressions;
using ScalingLaws.Analysis;
using ScalingLaws.Fitting;
using ScalingLaws.IO;
using ScalingLaws.Laws;
using ScalingLaws.Report;
using ScalingLaws.Simulation;
using ScalingLaws.Tests.Browser;

namespace ScalingLaws.Tests.Report;

/// <summary>
/// Names from the data (file, column, model and family names) that are markup must reach the page as
/// text: shown, escaped, never as tags or event handlers, in the HTML and in the SVG figures, and
/// nothing runs in a real browser.
/// </summary>
public sealed partial class ReportSafetyTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "\"><img src=x onerror=alert(1)>";

    /// <summary>The demo's sweep written as a CSV whose file, extra column, model and family names are all attacks.</summary>
    private static readonly Lazy<string> Hostile = new(() =>
    {
        using var folder = new TempFolder();
        var table = SweepSimulator.Simulate(SweepDesign.Chinchilla with { LadderSizes = [70e6, 160e6, 410e6], Checkpoints = 8 }, seed: 3);
        var lines = new List<string> { $"model,family,params,tokens,loss,step,\"{Script.Replace("\"", "\"\"")}\",\"{Image.Replace("\"", "\"\"")}\"" };
        lines.AddRange(table.Rows.Select((r, i) =>
            $"\"{(i % 2 == 0 ? Image : Script).Replace("\"", "\"\"")}{i}\",\"{(r.Family == SweepSimulator.LadderFamily ? Script : Image).Replace("\"", "\"\"")}\"," +
            FormattableString.Invariant($"{r.Params:R},{r.Tokens:R},{r.Loss:R},{(double.IsNaN(r.Step) ? "" : r.Step.ToString("R"))},x,y")));
        // A file name may hold '<', '>' and '"' on Linux; only '/' is out.
        var path = folder.Write("<img src=x onerror=alert(1)>.csv", string.Join('\n', lines));
        var data = ReportAnalysis.Run(TableReader.Read(path), new ReportSettings
        {
            Fitter = new LawFitter(ChinchillaLaw.Instance),
            IsoFlop = new ScalingLaws.Planning.IsoFlopAnalysis(SweepDesign.Chinchilla.Budgets),
        });
        return ReportPage.Build(data);
    });

    [Fact]
    public void Every_hostile_name_is_shown_as_escaped_text()
    {
        var page = Hostile.Value;

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);                  // family, column, model
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", page);             // model, family, column
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.csv", page);                   // file name (title, source)
        Assert.Equal(2, Count(page, "<script"));                                             // the planner's numbers and the page's code
        Assert.Equal(0, Count(page, "<img"));
        Assert.Empty(EventHandler().Matches(WithoutScripts(page)));
        Assert.All(Tags().Matches(WithoutScripts(page)).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct(),
            tag => Assert.Contains(tag, AllowedTags));
    }

    [Fact]
    public void The_family_name_inside_a_figure_is_escaped_by_the_svg_writer()
    {
        // The heatmap's title carries the family name: "<script>…: ARE predicting …".
        var figure = Regex.Match(Hostile.Value, "<figure id=\"fig-are-0\">(.*?)</figure>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;: ARE predicting", figure);
    }

    [ChromiumFact]
    public async Task Nothing_from_the_names_runs_or_loads_in_a_browser()
    {
        var file = ReportFixtures.Save("hostile-names.html", Hostile.Value);
        await using var page = await HeadlessPage.OpenAsync(file);

        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('img').length"));
        Assert.Equal(2, await page.EvaluateAsync<int>("document.scripts.length"));
        Assert.False(await page.EvaluateAsync<bool>("[...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on')))"));
        Assert.Contains(Script, await page.EvaluateAsync<string>("document.getElementById('data').textContent"));
        Assert.Contains(Image, await page.EvaluateAsync<string>("document.getElementById('diagnostics').textContent"));
        await page.ScreenshotElementAsync(Path.Combine(ReportFixtures.OutputFolder, "hostile-names-data.png"), "#data");
        Assert.Empty(page.Dialogs());
        Assert.Empty(page.Problems());
    }

    private static readonly string[] AllowedTags =
    [
        "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "section", "footer", "h1", "h2", "h3", "p", "ul", "li", "a",
        "dl", "dt", "dd", "div", "span", "sup", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "label", "input", "output",
        "script", "svg", "g", "path", "rect", "ellipse", "circle", "text", "clippath", "defs", "image", "use", "line", "polyline", "polygon",
    ];

    private static int Count(string text, string fragment) => Regex.Matches(text, Regex.Escape(fragment), RegexOptions.IgnoreCase).Count;

    // Script bodies hold comparisons such as "x < y"; tags are looked for everywhere else.
    private static string WithoutScripts(string page) => Regex.Replace(page, "(<script[^>]*>).*?(</script>)", "$1$2", RegexOptions.Singleline);

    [GeneratedRegex("<([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
