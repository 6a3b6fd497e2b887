using System.Collections.Immutable;
using ScalingLaws.Curves;
using ScalingLaws.Laws;
using ScalingLaws.Planning;
using ScalingLaws.Plotting;
using ScalingLaws.Uncertainty;
using ScottPlot;
using SkiaSharp;

namespace ScalingLaws.Tests.Plotting;

/// <summary>
/// Three defects of issue 18, each measured on the rendered figure: the loss-curve panels put one step on one pixel
/// column, the frontier's 95% band shows at the default size, and every IsoLoss contour in view carries its label.
/// </summary>
public sealed class FigureGeometryTests
{
    [Fact]
    public void Loss_and_learning_rate_panels_put_a_step_on_the_same_pixel_when_their_tick_labels_differ_in_width()
    {
        // Losses near 1234.5 get tick labels like "1234.56", far wider than the rate panel's "0" and "3e-4".
        var steps = Enumerable.Range(1, 80).Select(k => 250 * k).ToArray();
        var loss = steps.Select(s => 1234.5 + 0.2 * Math.Pow(s, -0.3)).ToArray();
        var run = new LossCurvePlotRun("wide labels", steps, loss, loss, null, true, LearningRateSchedule.FromFunction(steps[^1], _ => 3e-4, "constant"));
        var figure = ScalingPlots.LossCurves("cosine", [run]);

        figure.Render(800, 600);

        var (top, bottom) = (figure.GetPlot(0), figure.GetPlot(1));
        Assert.True(top.RenderManager.LastRender.DataRect.Left > 110, $"the loss panel's labels take only {top.RenderManager.LastRender.DataRect.Left} px: the case is not exercised");
        foreach (var step in new[] { 0.0, 5_000, 12_345, 20_000 })
        {
            var (x1, x2) = (top.GetPixel(new Coordinates(step, 1234.5)).X, bottom.GetPixel(new Coordinates(step, 0)).X);
            Assert.True(Math.Abs(x1 - x2) <= 1, $"step {step}: x = {x1:F1} px in the loss panel, {x2:F1} px in the rate panel");
        }
    }

    /// <summary>
    /// A band 0.005 nats wide, as bootstraps of the Chinchilla runs give (0.0055 at 10²⁰ FLOPs): about two pixels, once
    /// hidden under the 4.5-pixel frontier and the run markers (0 pixels changed when the band was hidden).
    /// </summary>
    [Fact]
    public void The_frontier_band_shows_at_the_default_size()
    {
        var random = new Random(7);
        var samples = Enumerable.Range(0, 40)
            .Select(_ => ImmutableArray.Create(1.69 + 0.003 * (2 * random.NextDouble() - 1), 406.4, 410.7, 0.34, 0.28))
            .ToImmutableArray();
        var spread = new AllocationUncertainty(new BootstrapResult(ChinchillaLaw.Instance, samples.Length, 7, samples));
        var plot = ScalingPlots.LossVsCompute(PlotFixtures.Runs(), PlotFixtures.Law, spread: spread);
        var band = Assert.Single(plot.GetPlottables().OfType<ScottPlot.Plottables.FillY>());

        var shown = plot.GetImageBytes(800, 600, ImageFormat.Png);
        band.IsVisible = false;
        var hidden = plot.GetImageBytes(800, 600, ImageFormat.Png);

        var pixels = ChangedPixels(shown, hidden);
        Assert.True(pixels >= 1_000, $"the band changes only {pixels} pixels of the 800×600 figure");
    }

    /// <summary>
    /// Seven levels: where the old placement (only near the top or right edge) labelled 6 of 7 contours in view, and 4
    /// of 6 with two budgets. Each label names its level and sits inside the frame.
    /// </summary>
    [Theory]
    [InlineData(new[] { 1.8, 1.9, 2.0, 2.2, 2.5, 3.0, 3.5 }, new[] { 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24 }, 7)]
    [InlineData(new[] { 2.2, 2.4, 2.6, 2.8, 3.0, 3.3, 3.6 }, new[] { 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24 }, 7)]
    [InlineData(new[] { 2.2, 2.4, 2.6, 2.8, 3.0, 3.3, 3.6 }, new[] { 1e20, 1e22 }, 6)]
    public void Every_isoloss_contour_in_view_is_labelled(double[] levels, double[] budgets, int inView)
    {
        var plot = ScalingPlots.IsoLossContours(PlotFixtures.Law, levels, budgets);

        var limits = plot.Axes.GetLimits();
        bool InFrame(Coordinates at) => at.X > limits.Left && at.X < limits.Right && at.Y > limits.Bottom && at.Y < limits.Top;
        // The contours are the thin grey lines; a level is in view when its line enters the frame.
        var contours = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Where(s => s.LineWidth == 1.8f).ToList();
        var visible = contours.Where(c => c.Data.GetScatterPoints().Any(InFrame)).ToList();
        var labels = plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().ToList();
        Assert.Equal(inView, visible.Count);
        Assert.Equal(inView, labels.Count);
        Assert.Equal(labels.Count, labels.Select(l => l.LabelText).Distinct().Count());
        Assert.All(labels, l => Assert.Contains(l.LabelText, levels.Select(v => v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.All(labels, l => Assert.True(InFrame(l.Location), $"label {l.LabelText} at {l.Location} is outside {limits}"));
    }

    // Pixels whose colour differs by more than a faint anti-aliasing step (sum over channels above 24 of 765).
    private static int ChangedPixels(byte[] a, byte[] b)
    {
        using var first = SKBitmap.Decode(a);
        using var second = SKBitmap.Decode(b);
        var changed = 0;
        for (var y = 0; y < first.Height; y++)
        {
            for (var x = 0; x < first.Width; x++)
            {
                var (p, q) = (first.GetPixel(x, y), second.GetPixel(x, y));
                if (Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue) > 24)
                    changed++;
            }
        }
        return changed;
    }
}
