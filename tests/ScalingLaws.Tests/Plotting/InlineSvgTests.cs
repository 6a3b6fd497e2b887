using System.Text.RegularExpressions;
using ScalingLaws.Plotting;

namespace ScalingLaws.Tests.Plotting;

/// <summary>Figures rendered in memory for an HTML page: scalable, with ids that cannot collide, and their text escaped.</summary>
public sealed class InlineSvgTests
{
    [Fact]
    public void The_svg_is_an_element_with_a_viewbox_and_prefixed_ids()
    {
        var svg = ScalingPlots.ToInlineSvg(ScalingPlots.IsoFlopProfiles(PlotFixtures.Profiles()), "fig-a");

        Assert.StartsWith("<svg viewBox=\"0 0 800 600\" ", svg);
        Assert.EndsWith("</svg>", svg);
        var ids = Regex.Matches(svg, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("fig-a", id));
        Assert.All(Regex.Matches(svg, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value), id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Two_figures_on_one_page_share_no_id()
    {
        var a = ScalingPlots.ToInlineSvg(ScalingPlots.PredictedVsObserved(PlotFixtures.Predictions()), "fig-a");
        var b = ScalingPlots.ToInlineSvg(ScalingPlots.PredictedVsObserved(PlotFixtures.Predictions()), "fig-b");

        var ids = Regex.Matches(a + b, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Text_from_the_data_is_escaped_in_the_svg()
    {
        var plot = ScalingPlots.PredictedVsObserved(PlotFixtures.Predictions(), "<script>alert(1)</script> \"><img src=x onerror=alert(1)>");

        var svg = ScalingPlots.ToInlineSvg(plot, "fig-x");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", svg);
        Assert.DoesNotContain("<script", svg);
        Assert.DoesNotContain("<img", svg);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1fig")]
    [InlineData("fig\" onload=\"x")]
    public void An_unsafe_prefix_is_refused(string prefix)
    {
        Assert.Throws<ArgumentException>(() => ScalingPlots.ToInlineSvg(ScalingPlots.PredictedVsObserved(PlotFixtures.Predictions()), prefix));
    }
}
