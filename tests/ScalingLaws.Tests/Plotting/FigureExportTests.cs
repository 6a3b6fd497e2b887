using System.Buffers.Binary;
using System.Text;
using ScalingLaws.Curves;
using ScalingLaws.Plotting;
using ScottPlot;

namespace ScalingLaws.Tests.Plotting;

/// <summary>
/// Writing a figure with <see cref="FigureSettings"/>: PDF is vector with its text as text; the axis limits asked for
/// are the ones drawn; --dpi multiplies a PNG's pixels without changing its layout; text grows with the figure, and
/// style and font scale change text only for the render.
/// </summary>
public sealed class FigureExportTests
{
    private static Plot Frontier() => ScalingPlots.LossVsCompute(PlotFixtures.Runs(), PlotFixtures.Law);

    [Fact]
    public void Pdf_is_one_vector_page_whose_labels_are_text_in_an_embedded_font()
    {
        using var folder = new PlotFolder();

        var saved = ScalingPlots.Save(Frontier(), folder.PathOf("frontier.pdf"), new FigureSettings());

        var bytes = File.ReadAllBytes(saved.Path);
        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Equal((FigureFormat.Pdf, 800, 600, bytes.LongLength), (saved.Format, saved.Width, saved.Height, saved.Bytes));
        Assert.StartsWith("%PDF-", raw);
        Assert.Contains("/MediaBox [0 0 600 450]", raw); // 800×600 CSS pixels are 600×450 points
        Assert.Contains("/Type /Font", raw);
        Assert.Contains("/FontFile2", raw); // the font travels with the file
        Assert.DoesNotContain("/Subtype /Image", raw); // nothing rasterised
        var shown = PdfText.Shown(bytes);
        Assert.All(new[]
        {
            "Loss against compute",
            "Compute C (FLOPs)",
            "Loss (nats)",
            "Observed runs",
        }, expected => Assert.Contains(expected, shown));
        Assert.Equal(["frontier.pdf"], folder.Files());
    }

    [Fact]
    public void Panels_are_written_as_pdf_too()
    {
        using var folder = new PlotFolder();

        var saved = ScalingPlots.SavePanels(ScalingPlots.LossCurves("cosine", [CurveRun(2.5, 3e-4)]), folder.PathOf("curve.pdf"), new FigureSettings());

        var shown = PdfText.Shown(File.ReadAllBytes(saved.Path));
        Assert.Contains("Loss (nats)", shown);
        Assert.Contains("LR", shown);
        Assert.Contains("Step", shown);
    }

    [Fact]
    public void Axis_limits_are_applied_in_data_units_on_log_and_linear_axes()
    {
        using var folder = new PlotFolder();
        var frontier = Frontier();
        var fit = ScalingPlots.PredictedVsObserved(PlotFixtures.Predictions());
        var limits = new FigureSettings { XLimits = new AxisRange(1e19, 1e21), YLimits = new AxisRange(2.2, 3.0) };

        ScalingPlots.Save(frontier, folder.PathOf("frontier.png"), limits);
        ScalingPlots.Save(fit, folder.PathOf("fit.png"), limits with { XLimits = new AxisRange(2.0, 3.5) });

        // Compute is on a log axis, which plots log10 C.
        AssertLimits((19, 21, 2.2, 3.0), frontier.RenderManager.LastRender.AxisLimits);
        AssertLimits((2.0, 3.5, 2.2, 3.0), fit.RenderManager.LastRender.AxisLimits);
        AssertLimits((2.0, 3.5, 2.2, 3.0), fit.Axes.GetLimits()); // they stay set on the plot
    }

    [Fact]
    public void Panels_share_the_x_limits_and_the_first_takes_the_y_limits()
    {
        using var folder = new PlotFolder();
        var figure = ScalingPlots.LossCurves("cosine", [CurveRun(2.5, 3e-4)]);

        ScalingPlots.SavePanels(figure, folder.PathOf("curve.png"), new FigureSettings { XLimits = new AxisRange(1000, 5000), YLimits = new AxisRange(2.6, 3.2) });

        AssertLimits((1000, 5000, 2.6, 3.2), figure.GetPlot(0).RenderManager.LastRender.AxisLimits);
        var schedule = figure.GetPlot(1).RenderManager.LastRender.AxisLimits;
        Assert.Equal(1000, schedule.Left, 6);
        Assert.Equal(5000, schedule.Right, 6);
        Assert.Equal(0, schedule.Bottom, 9); // its own rate axis kept
    }

    [Theory]
    [InlineData(0, 1e21, "logarithmic")]
    [InlineData(1e21, 1e19, "the lower first")]
    [InlineData(double.NaN, 1e19, "the lower first")]
    public void Bad_limits_are_one_line_and_write_nothing(double low, double high, string expected)
    {
        using var folder = new PlotFolder();

        var e = Assert.Throws<AxisLimitsException>(() => ScalingPlots.Save(Frontier(), folder.PathOf("frontier.png"), new FigureSettings { XLimits = new AxisRange(low, high) }));

        Messages.AssertOneLine(e.Message, expected);
        Assert.Empty(folder.Files());
    }

    [Fact]
    public void Limits_a_log_axis_cannot_show_are_typed_so_that_a_front_end_names_its_option()
    {
        using var folder = new PlotFolder();

        var e = Assert.Throws<AxisLimitsException>(() => ScalingPlots.Save(Frontier(), folder.PathOf("frontier.png"), new FigureSettings { XLimits = new AxisRange(-1, 3) }));

        Assert.Equal((true, true, new AxisRange(-1, 3)), (e.Horizontal, e.Logarithmic, e.Range));
        Assert.Equal("horizontal axis limits -1 to 3: the axis is logarithmic; give limits above zero.", e.Message);
    }

    [Theory]
    [InlineData(192, 1600, 1200)]
    [InlineData(300, 2500, 1875)]
    [InlineData(48, 400, 300)]
    public void Dpi_multiplies_the_pixels_and_keeps_the_layout(int dpi, int width, int height)
    {
        using var folder = new PlotFolder();
        var reference = Frontier();
        var sharper = Frontier();
        ScalingPlots.Save(reference, folder.PathOf("96.png"), new FigureSettings());

        var saved = ScalingPlots.Save(sharper, folder.PathOf($"{dpi}.png"), new FigureSettings { Dpi = dpi });

        Assert.Equal((width, height), (saved.Width, saved.Height));
        Assert.Equal((width, height), PngSize(saved.Path));
        // The layout (in 800×600 units) is the same, drawn dpi/96 times finer.
        AssertSameLayout(reference, sharper);
        Assert.Equal(1, sharper.ScaleFactor); // put back after the render
    }

    [Fact]
    public void Text_grows_with_the_figure_so_a_larger_figure_is_the_same_layout()
    {
        using var folder = new PlotFolder();
        var small = Frontier();
        var large = Frontier();

        ScalingPlots.Save(small, folder.PathOf("small.svg"), new FigureSettings());
        ScalingPlots.Save(large, folder.PathOf("large.svg"), new FigureSettings { Width = 1600, Height = 1200 });

        // Drawn at twice the size with unscaled text, the labels would take half the room and the data area would grow.
        AssertSameLayout(small, large);
    }

    [Fact]
    public void Style_and_font_scale_change_the_text_for_the_render_only()
    {
        using var folder = new PlotFolder();
        var plot = Frontier();
        float Left(FigureSettings settings)
        {
            ScalingPlots.Save(plot, folder.PathOf("figure.svg"), settings);
            return plot.RenderManager.LastRender.DataRect.Left;
        }

        var paper = Left(new FigureSettings());
        var larger = Left(new FigureSettings { FontScale = 1.5 });
        var screen = Left(new FigureSettings { Style = FigureMedium.Screen });
        var svg = File.ReadAllText(folder.PathOf("figure.svg"));

        // Larger tick and axis labels push the data area right; screen text (70%) lets it start further left.
        Assert.True(larger > paper + 10, $"data area starts at {larger} px with ×1.5 text, {paper} px without");
        Assert.True(screen < paper - 10, $"data area starts at {screen} px with screen text, {paper} px with paper text");
        var sizes = System.Text.RegularExpressions.Regex.Matches(svg, "font-size=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(sizes, size => Math.Abs(size - 24 * 0.7) < 1e-3); // the axis labels' 24 pixels at 70%
        Assert.Equal(24, plot.Axes.Bottom.Label.FontSize); // sizes put back: saving again never compounds
        Assert.Equal(paper, Left(new FigureSettings()), 0.01);
    }

    internal static LossCurvePlotRun CurveRun(double floor, double rate)
    {
        var steps = Enumerable.Range(1, 60).Select(k => 100 * k).ToArray();
        var loss = steps.Select(s => floor + 30 * Math.Pow(s, -0.45)).ToArray();
        return new LossCurvePlotRun("run", steps, loss, loss, null, true, LearningRateSchedule.FromFunction(steps[^1], _ => rate, "constant"));
    }

    private static void AssertSameLayout(Plot expected, Plot actual)
    {
        var (a, b) = (expected.RenderManager.LastRender.DataRect, actual.RenderManager.LastRender.DataRect);
        Assert.Equal(a.Left, b.Left, 0.5);
        Assert.Equal(a.Right, b.Right, 0.5);
        Assert.Equal(a.Top, b.Top, 0.5);
        Assert.Equal(a.Bottom, b.Bottom, 0.5);
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var header = File.ReadAllBytes(path).AsSpan(16, 8); // IHDR: width and height, big-endian
        return (BinaryPrimitives.ReadInt32BigEndian(header[..4]), BinaryPrimitives.ReadInt32BigEndian(header[4..]));
    }

    private static void AssertLimits((double Left, double Right, double Bottom, double Top) expected, AxisLimits actual)
    {
        Assert.Equal(expected.Left, actual.Left, 9);
        Assert.Equal(expected.Right, actual.Right, 9);
        Assert.Equal(expected.Bottom, actual.Bottom, 9);
        Assert.Equal(expected.Top, actual.Top, 9);
    }
}
