using System.Collections.Immutable;
using ScalingLaws.Laws;
using ScalingLaws.Planning;
using ScalingLaws.Plotting;
using ScalingLaws.Uncertainty;
using ScottPlot;

namespace ScalingLaws.Tests.Plotting;

/// <summary>The frontier figure's 95% band: drawn from the resamples' laws, around the fitted frontier, said in the legend.</summary>
public sealed class FrontierBandTests
{
    // Hoffmann's law with E moved by ±0.02 and α by ±0.01: forty resampled laws, seeded.
    private static AllocationUncertainty Resamples()
    {
        var random = new Random(7);
        var samples = Enumerable.Range(0, 40)
            .Select(_ => ImmutableArray.Create(1.69 + 0.02 * (2 * random.NextDouble() - 1), 406.4, 410.7, 0.34 + 0.01 * (2 * random.NextDouble() - 1), 0.28))
            .ToImmutableArray();
        return new AllocationUncertainty(new BootstrapResult(ChinchillaLaw.Instance, samples.Length, 7, samples));
    }

    [Fact]
    public void The_band_brackets_the_frontier_and_the_legend_names_it()
    {
        var spread = Resamples();

        var plot = ScalingPlots.LossVsCompute(PlotFixtures.Runs(), PlotFixtures.Law, spread: spread);
        var without = ScalingPlots.LossVsCompute(PlotFixtures.Runs(), PlotFixtures.Law);

        var band = Assert.Single(plot.GetPlottables().OfType<ScottPlot.Plottables.FillY>());
        Assert.Empty(without.GetPlottables().OfType<ScottPlot.Plottables.FillY>());
        Assert.Contains(plot.Legend.ManualItems, i => i.LabelText == "95% band (40 resamples)");
        var (lower, upper) = (spread.ForFlops(1e21).Loss.Lower, spread.ForFlops(1e21).Loss.Upper);
        var frontier = PlotFixtures.Law.ForFlops(1e21).Loss;
        Assert.True(lower < frontier && frontier < upper, $"L*(1e21) = {frontier:F4} outside [{lower:F4}, {upper:F4}]");
        Assert.True(band.GetAxisLimits().VerticalSpan > 0);
    }
}
