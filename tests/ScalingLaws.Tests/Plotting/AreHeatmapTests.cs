using System.Xml.Linq;
using ScalingLaws.Plotting;
using ScottPlot;

namespace ScalingLaws.Tests.Plotting;

/// <summary>
/// The ARE heatmap: it renders to PNG and SVG, prints every value and contour label as text, keeps
/// its labels clear of the values, traces step contours along cell boundaries, and refuses bad
/// tables with one-line ScalingLawsExceptions.
/// </summary>
public sealed class AreHeatmapTests
{
    /// <summary>OPT predicting 175B, as published by Choshen et al. (2024); k = 5, p = 0.1 (the published value came from only 4 sizes) is left missing.</summary>
    internal static AreHeatmapPlotData Opt()
    {
        var data = Published("OPT: ARE predicting 175B", HitchhikerTables.Opt, [3, 4, 5]);
        data.Are[2, 0] = null;
        return data;
    }

    /// <summary>GPT-3's published rows k = 3, 4 and 7: k = 4 is far below its neighbours, so all three contours share boundaries.</summary>
    internal static AreHeatmapPlotData Gpt3() => Published("GPT-3: ARE predicting 175B", HitchhikerTables.Gpt3, [3, 4, 7]);

    /// <summary>Rows k of a published table (in %) as fractions over the table's p = 0.1 … 1.0.</summary>
    private static AreHeatmapPlotData Published(string title, Dictionary<int, double[]> table, int[] models)
    {
        var are = new double?[models.Length, HitchhikerTables.Fractions.Length];
        for (var i = 0; i < models.Length; i++)
        {
            for (var j = 0; j < HitchhikerTables.Fractions.Length; j++)
                are[i, j] = table[models[i]][j] / 100;
        }
        return new(title, models, HitchhikerTables.Fractions, are);
    }

    [Fact]
    public void Renders_png()
    {
        using var folder = new PlotFolder();
        var saved = ScalingPlots.Save(ScalingPlots.AreHeatmap(Opt()), folder.PathOf("are-opt.png"));

        folder.AssertOnlyPng(saved, minimumBytes: 10_000);
    }

    [Fact]
    public void Renders_svg()
    {
        using var folder = new PlotFolder();
        var saved = ScalingPlots.Save(ScalingPlots.AreHeatmap(Gpt3()), folder.PathOf("are-gpt3.svg"), 640, 480);

        folder.AssertOnlySvg(saved, minimumBytes: 10_000);
    }

    [Fact]
    public void Svg_prints_every_cell_in_percent_with_one_decimal()
    {
        var texts = PlotFixtures.Texts(ScalingPlots.AreHeatmap(Opt()));

        Assert.All(new[] { "5.9", "40.0", "54.3", "16.6" }, expected => Assert.Contains(expected, texts));
        Assert.Single(texts, t => t == "–");
        var values = texts.Where(t => t.Length > 0 && char.IsDigit(t[0]) && t.Contains('.') && !t.StartsWith("0.", StringComparison.Ordinal) && t != "1.0").ToList();
        Assert.Equal(29, values.Count);
    }

    [Fact]
    public void Svg_has_title_axis_labels_ticks_and_colour_bar()
    {
        var texts = PlotFixtures.Texts(ScalingPlots.AreHeatmap(Opt()));

        Assert.All(new[]
        {
            "OPT: ARE predicting 175B",
            "Fraction of training used (p)",
            "Number of models (k)",
            "ARE (%)",
            "0.1",
            "1.0",
            "3",
            "5",
        }, expected => Assert.Contains(expected, texts));
        // 54.3% is beyond the 30% the colour scale stops at.
        Assert.Contains("≥30", texts);
    }

    [Fact]
    public void Svg_labels_the_contours()
    {
        var opt = PlotFixtures.Texts(ScalingPlots.AreHeatmap(Opt()));
        Assert.Contains("10%", opt);
        Assert.Contains("15%", opt);
        Assert.DoesNotContain("5%", opt); // no OPT cell is below 5%

        var gpt3 = PlotFixtures.Texts(ScalingPlots.AreHeatmap(Gpt3()));
        Assert.Contains("5%", gpt3);
        Assert.Contains("10%", gpt3);
        Assert.Contains("15%", gpt3);
    }

    [Theory]
    [InlineData(800, 600)]
    [InlineData(640, 480)]
    [InlineData(1200, 900)]
    public void Contour_labels_stay_clear_of_values_and_each_other(int width, int height)
    {
        foreach (var data in new[] { Opt(), Gpt3() })
        {
            var plot = ScalingPlots.AreHeatmap(data);
            plot.GetImageBytes(width, height, ImageFormat.Png);
            var layer = plot.PlottableList.OfType<AreHeatmapLayer>().Single();
            var frame = plot.RenderManager.LastRender.DataRect;

            Assert.NotEmpty(layer.PlacedLabels);
            foreach (var (text, box) in layer.PlacedLabels)
            {
                Assert.True(box.Left >= frame.Left && box.Right <= frame.Right && box.Top >= frame.Top && box.Bottom <= frame.Bottom, $"{text} at {box} leaves the frame {frame}");
                Assert.DoesNotContain(layer.ValueBoxes, v => Overlaps(v, box));
                Assert.Single(layer.PlacedLabels, other => Overlaps(other.Box, box));
            }
        }
    }

    [Fact]
    public void Style_and_font_scale_reach_the_values_contour_labels_and_colour_bar()
    {
        using var folder = new PlotFolder();
        var plot = ScalingPlots.AreHeatmap(Opt());
        Dictionary<string, double> FontSizes(FigureSettings settings)
        {
            ScalingPlots.Save(plot, folder.PathOf("are.svg"), settings);
            return XDocument.Load(folder.PathOf("are.svg")).Descendants()
                .Where(e => e.Name.LocalName == "text")
                .GroupBy(e => e.Value.Trim())
                .ToDictionary(g => g.Key, g => double.Parse(g.First().Attribute("font-size")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var paper = FontSizes(new FigureSettings());
        var screen = FontSizes(new FigureSettings { Style = FigureMedium.Screen });

        // Paper: values at the annotation size (18), contour labels at 16, the bar's label and ticks at the axes' 24 and 20.
        Assert.Equal([18, 16, 24, 20], [paper["40.0"], paper["10%"], paper["ARE (%)"], paper["25"]]);
        // Screen text is 70% of paper text, on the heatmap's own text as on the axes.
        Assert.Equal([18 * 0.7, 16 * 0.7, 24 * 0.7, 20 * 0.7], [screen["40.0"], screen["10%"], screen["ARE (%)"], screen["25"]], (a, b) => Math.Abs(a - b) < 1e-3);
        Assert.Equal(paper, FontSizes(new FigureSettings())); // put back after the render
    }

    private static bool Overlaps(PixelRect a, PixelRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    [Fact]
    public void Empty_cells_render()
    {
        var plot = ScalingPlots.AreHeatmap(new AreHeatmapPlotData("All failed", [3, 4], [0.5, 1.0], new double?[2, 2]));
        using var folder = new PlotFolder();
        Assert.True(ScalingPlots.Save(plot, folder.PathOf("empty.png")).Bytes > 5_000);

        var texts = PlotFixtures.Texts(plot);
        Assert.Equal(4, texts.Count(t => t == "–"));
        Assert.DoesNotContain(texts, t => t.EndsWith('%') && t != "ARE (%)");
    }

    [Fact]
    public void One_cell_renders()
    {
        var texts = PlotFixtures.Texts(ScalingPlots.AreHeatmap(new AreHeatmapPlotData("", [4], [1.0], new double?[,] { { 0.042 } })));

        Assert.Contains("4.2", texts);
        Assert.Contains("15", texts); // the scale reaches at least the last contour level
    }

    [Fact]
    public void Rows_and_columns_are_sorted_with_their_values()
    {
        var grid = AreGrid.From(new AreHeatmapPlotData("", [5, 3], [1.0, 0.5], new double?[,] { { 0.01, 0.02 }, { 0.03, null } }));

        Assert.Equal([3, 5], grid.Models);
        Assert.Equal([0.5, 1.0], grid.Fractions);
        Assert.Null(grid[0, 0]);
        Assert.Equal(0.03, grid[0, 1]);
        Assert.Equal(0.02, grid[1, 0]);
        Assert.Equal(0.01, grid[1, 1]);
    }

    [Theory]
    [InlineData(0.0592, "5.9")]
    [InlineData(0.3999, "40.0")]
    [InlineData(0.0057, "0.6")]
    [InlineData(0, "0.0")]
    [InlineData(1.5, "150.0")]
    public void Values_print_as_percent(double are, string expected) => Assert.Equal(expected, AreHeatmapFigure.Percent(are));

    [Theory]
    [InlineData(0.0494, 0.05, true)]
    [InlineData(0.04996, 0.05, false)] // printed "5.0": not below 5%
    [InlineData(0.05, 0.05, false)]
    [InlineData(0.0999, 0.10, false)]
    [InlineData(0.0994, 0.10, true)]
    public void Contours_follow_the_printed_value(double are, double level, bool below) =>
        Assert.Equal(below, AreHeatmapFigure.Below(are, level));

    [Theory]
    [InlineData(new[] { 0.4, 0.05 }, 0.30, true)]
    [InlineData(new[] { 0.30, 0.05 }, 0.30, false)]
    [InlineData(new[] { 0.17 }, 0.20, false)]
    [InlineData(new[] { 0.081, 0.01 }, 0.15, false)]
    [InlineData(new double[0], 0.30, false)]
    public void Colour_scale_stops_between_15_and_30_percent(double[] values, double top, bool clipped)
    {
        var scale = AreColorScale.For(values);

        Assert.Equal(top, scale.Top, 12);
        Assert.Equal(clipped, scale.Clipped);
        var ticks = scale.Ticks();
        Assert.Equal("0", ticks[0].Label);
        Assert.Equal(clipped ? $"≥{top * 100:0}" : $"{top * 100:0}", ticks[^1].Label);
    }

    [Fact]
    public void Colour_scale_runs_from_light_to_dark_and_clips()
    {
        var scale = AreColorScale.For([0.5]);

        Assert.True(AreColorScale.Luminance(scale.ColorOf(0)) > 0.6);
        Assert.True(AreColorScale.Luminance(scale.ColorOf(0.30)) < 0.05);
        var lightness = Enumerable.Range(0, 31).Select(i => AreColorScale.Luminance(scale.ColorOf(i / 100.0))).ToArray();
        Assert.All(lightness.Zip(lightness.Skip(1)), pair => Assert.True(pair.Second < pair.First + 1e-9));
        Assert.Equal(scale.ColorOf(0.30), scale.ColorOf(0.54));
    }

    [Fact]
    public void Text_contrasts_with_its_cell()
    {
        var scale = AreColorScale.For([0.5]);

        Assert.Equal(Colors.White, AreColorScale.TextOn(scale.ColorOf(0.40)));
        Assert.Equal(Colors.White, AreColorScale.TextOn(scale.ColorOf(0.20)));
        Assert.NotEqual(Colors.White, AreColorScale.TextOn(scale.ColorOf(0.02)));
        Assert.NotEqual(Colors.White, AreColorScale.TextOn(scale.ColorOf(0.10)));
    }

    // Step contours: row 0 is the bottom row; lattice corner (X, Y) is the lower left corner of cell (Y, X).

    [Fact]
    public void Contour_around_a_corner_cell()
    {
        bool?[,] below = { { true, false }, { false, false } };

        var chain = Assert.Single(StepContours.Trace(below));

        Assert.False(chain.Closed);
        Assert.Equal([(1, 0), (1, 1), (0, 1)], chain.Points);
        Assert.Equal([(1, 0), (0, 1)], chain.HighSide); // towards the cells at or above the level
    }

    [Fact]
    public void Contour_around_an_island_is_a_loop()
    {
        bool?[,] below = { { false, false, false }, { false, true, false }, { false, false, false } };

        var chain = Assert.Single(StepContours.Trace(below));

        Assert.True(chain.Closed);
        Assert.Equal(4, chain.Segments);
        Assert.Equal(chain.Points[0], chain.Points[^1]);
        Assert.Equal([(1, 1), (1, 2), (2, 1), (2, 2)], chain.Points.Take(4).Order());
        // Outward normals: the island's cell below the level stays inside.
        Assert.Equal([(-1, 0), (0, -1), (0, 1), (1, 0)], chain.HighSide.Order());
    }

    [Fact]
    public void Saddle_splits_into_two_outlines()
    {
        bool?[,] below = { { true, false }, { false, true } };

        var chains = StepContours.Trace(below);

        Assert.Equal(2, chains.Count);
        Assert.All(chains, c => Assert.Equal(2, c.Segments));
    }

    [Fact]
    public void No_contour_next_to_an_empty_cell_or_along_the_edge()
    {
        Assert.Empty(StepContours.Trace(new bool?[,] { { true, null, false } }));
        Assert.Empty(StepContours.Trace(new bool?[,] { { true, true }, { true, true } }));
    }

    [Fact]
    public void GPT_contours_share_the_boundary_under_the_outlier_row()
    {
        var plot = ScalingPlots.AreHeatmap(Gpt3());
        var layer = plot.PlottableList.OfType<AreHeatmapLayer>().Single();

        // Between k = 3 (all above 15%) and k = 4 (all below 10%) every level runs along row boundary Y = 1.
        for (var level = 0; level < 3; level++)
        {
            var along = layer.Contours(level)
                .SelectMany(c => c.Points.Zip(c.Points.Skip(1)))
                .Count(s => s.First.Y == 1 && s.Second.Y == 1);
            Assert.True(along >= 5, $"level {level}: {along} segments on Y = 1");
        }
    }

    [Fact]
    public void No_rows() => Fails(Opt() with { Models = [] }, "no rows");

    [Fact]
    public void No_columns() => Fails(Opt() with { Fractions = [] }, "no columns");

    [Fact]
    public void No_table() => Fails(Opt() with { Are = null! }, "no ARE table");

    [Fact]
    public void Table_smaller_than_models() => Fails(Opt() with { Models = [3, 4, 5, 6] }, "ARE table is 3×10 but there are 4 models k and 10 fractions p");

    [Fact]
    public void Table_wider_than_fractions() => Fails(Opt() with { Fractions = [0.5, 1.0] }, "ARE table is 3×10 but there are 3 models k and 2 fractions p");

    [Fact]
    public void Negative_ARE()
    {
        var data = Opt();
        data.Are[1, 2] = -0.01;
        Fails(data, "ARE for k = 4, p = 0.3 is -0.01; an absolute relative error cannot be negative");
    }

    [Fact]
    public void Not_finite_ARE()
    {
        var data = Opt();
        data.Are[0, 0] = double.NaN;
        Fails(data, "null for a failed fit");
    }

    [Fact]
    public void Models_must_be_positive() => Fails(Opt() with { Models = [0, 4, 5] }, "k = 0 is not positive");

    [Fact]
    public void Models_must_be_distinct() => Fails(Opt() with { Models = [3, 4, 4] }, "k = 4 appears in 2 rows");

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Fractions_must_be_in_the_unit_interval(double p) =>
        Fails(Opt() with { Fractions = [p, .. HitchhikerTables.Fractions.Skip(1)] }, "is not in (0, 1]");

    [Fact]
    public void Fractions_must_be_distinct() => Fails(Opt() with { Fractions = [0.1, 0.1, .. HitchhikerTables.Fractions.Skip(2)] }, "p = 0.1 appears in 2 columns");

    private static void Fails(AreHeatmapPlotData data, string fragment)
    {
        var e = Assert.Throws<ScalingLawsException>(() => ScalingPlots.AreHeatmap(data));
        Messages.AssertOneLine(e.Message, fragment);
    }
}
