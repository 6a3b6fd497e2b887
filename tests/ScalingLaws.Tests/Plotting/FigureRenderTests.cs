using System.Xml.Linq;
using ScalingLaws.Plotting;
using ScottPlot;

namespace ScalingLaws.Tests.Plotting;

/// <summary>Every figure renders to a real PNG and a well-formed SVG.</summary>
public sealed class FigureRenderTests
{
    public static TheoryData<string> Figures => ["isoflop-profiles", "isoloss-contours", "isoloss-contours-runs", "loss-vs-compute", "predicted-vs-observed"];

    private static Plot Create(string figure) => figure switch
    {
        "isoflop-profiles" => ScalingPlots.IsoFlopProfiles(PlotFixtures.Profiles()),
        "isoloss-contours" => ScalingPlots.IsoLossContours(PlotFixtures.Law),
        "isoloss-contours-runs" => ScalingPlots.IsoLossContours(PlotFixtures.Law, runs: PlotFixtures.Runs()),
        "loss-vs-compute" => ScalingPlots.LossVsCompute(PlotFixtures.Runs(), PlotFixtures.Law),
        "predicted-vs-observed" => ScalingPlots.PredictedVsObserved(PlotFixtures.Predictions()),
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, null),
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Renders_png(string figure)
    {
        using var folder = new PlotFolder();
        var saved = ScalingPlots.Save(Create(figure), folder.PathOf(figure + ".png"));

        folder.AssertOnlyPng(saved, minimumBytes: 10_000);
    }

    [Theory]
    [MemberData(nameof(Figures))]
    public void Renders_svg(string figure)
    {
        using var folder = new PlotFolder();
        var saved = ScalingPlots.Save(Create(figure), folder.PathOf(figure + ".svg"), 640, 480);

        folder.AssertOnlySvg(saved, minimumBytes: 1_000);
    }

    [Fact]
    public void Svg_keeps_title_axis_labels_and_legend_as_text()
    {
        var texts = PlotFixtures.Texts(ScalingPlots.IsoFlopProfiles(PlotFixtures.Profiles()));

        Assert.All(new[]
        {
            "IsoFLOP profiles",
            "Parameters N",
            "Loss (nats)",
            "C = 6e18 FLOPs",
            "C = 3e21 FLOPs",
        }, expected => Assert.Contains(expected, texts));
    }

    [Fact]
    public void Svg_draws_dashes_itself()
    {
        // Skia's SVG canvas silently drops dash effects; the IsoFLOP lines are cut into dashes by hand.
        var plot = ScalingPlots.IsoLossContours(PlotFixtures.Law, budgets: [1e20]);
        var solid = ScalingPlots.IsoLossContours(PlotFixtures.Law, budgets: [1e20]);
        solid.PlottableList.RemoveAll(p => p is DashedLine);

        var dashedPaths = XDocument.Parse(plot.GetSvgXml(800, 600)).Descendants().Count(e => e.Name.LocalName == "path");
        var solidPaths = XDocument.Parse(solid.GetSvgXml(800, 600)).Descendants().Count(e => e.Name.LocalName == "path");
        Assert.True(dashedPaths - solidPaths >= 10, $"expected the dashed IsoFLOP line as many paths, got {dashedPaths - solidPaths}");
    }

    [Fact]
    public void Callers_can_restyle_the_returned_plot()
    {
        var plot = ScalingPlots.LossVsCompute(PlotFixtures.Runs(), PlotFixtures.Law, title: "Chinchilla replication");
        plot.Title("Restyled");
        plot.Axes.Left.Label.Text = "Validation loss (nats)";

        var texts = PlotFixtures.Texts(plot);
        Assert.Contains("Restyled", texts);
        Assert.Contains("Validation loss (nats)", texts);
    }

    [Fact]
    public void Log_axes_show_SI_and_power_of_ten_labels()
    {
        var contours = PlotFixtures.Texts(ScalingPlots.IsoLossContours(PlotFixtures.Law));
        Assert.Contains("1B", contours);
        Assert.Contains("100B", contours);
        Assert.Contains("1T", contours);

        var compute = PlotFixtures.Texts(ScalingPlots.LossVsCompute(PlotFixtures.Runs(), PlotFixtures.Law));
        Assert.Contains("10²⁰", compute);
        Assert.Contains("10²¹", compute);
    }

    [Fact]
    public void Predicted_vs_observed_has_equal_axis_ranges()
    {
        var plot = ScalingPlots.PredictedVsObserved(PlotFixtures.Predictions());
        var limits = plot.Axes.GetLimits();

        Assert.Equal(limits.Left, limits.Bottom, 12);
        Assert.Equal(limits.Right, limits.Top, 12);
    }

    [Fact]
    public void Excluded_budgets_and_missing_parabolas_render()
    {
        var profiles = PlotFixtures.Profiles().ToList();
        profiles[0] = profiles[0] with { Points = [.. profiles[0].Points.Take(2)], Parabola = null, Vertex = null, Excluded = "only 2 model sizes" };
        profiles[1] = profiles[1] with { Vertex = null, Excluded = "the minimum lies outside the sampled sizes" };

        Assert.Contains("C = 6e18 FLOPs (excluded)", PlotFixtures.Texts(ScalingPlots.IsoFlopProfiles(profiles)));
    }
}
