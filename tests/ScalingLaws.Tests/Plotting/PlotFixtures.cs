using System.Xml.Linq;
using ScalingLaws.Data;
using ScalingLaws.Planning;
using ScalingLaws.Plotting;

namespace ScalingLaws.Tests.Plotting;

/// <summary>
/// Plot inputs made from the Chinchilla law of Hoffmann et al. (E = 1.69, A = 406.4, B = 410.7,
/// α = 0.34, β = 0.28): IsoFLOP runs around each budget's optimum with a little seeded noise, and
/// each budget's least-squares parabola in ln N.
/// </summary>
internal static class PlotFixtures
{
    public static ComputeOptimal Law { get; } = new([1.69, 406.4, 410.7, 0.34, 0.28]);

    /// <summary>The text elements of the plot's SVG, trimmed.</summary>
    public static string[] Texts(ScottPlot.Plot plot, int width = 800, int height = 600) =>
        [.. XDocument.Parse(plot.GetSvgXml(width, height)).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    public static double[] Budgets => [6e18, 3e19, 1e20, 6e20, 3e21];

    public static IReadOnlyList<IsoFlopProfilePlotData> Profiles() =>
        [.. Budgets.Select((flops, k) => Profile(flops, seed: k))];

    public static List<Observation> Runs() =>
        [.. Profiles().SelectMany(p => p.Points.Select(r => new Observation(r.Params, Compute.Tokens(p.Flops, r.Params), p.Flops, r.Loss)))];

    public static PredictedVsObservedPlotData Predictions()
    {
        var runs = Runs();
        return new PredictedVsObservedPlotData(
            [.. runs.Select(r => r.Loss)],
            [.. runs.Select(r => Law.Loss(r.Params, r.Tokens))],
            "chinchilla");
    }

    /// <summary>Seven sizes from N*/5 to 5·N* at one budget, their parabola in ln N and its vertex.</summary>
    public static IsoFlopProfilePlotData Profile(double flops, int seed)
    {
        var random = new Random(seed);
        var optimum = Law.ForFlops(flops).Params;
        var points = Enumerable.Range(0, 7)
            .Select(i => optimum * Math.Pow(5, (i - 3) / 3.0))
            .Select(n => (Params: n, Loss: Law.IsoFlopLoss(n, flops) + 0.003 * (random.NextDouble() - 0.5)))
            .ToList();
        var c = MathNet.Numerics.Fit.Polynomial([.. points.Select(p => Math.Log(p.Params))], [.. points.Select(p => p.Loss)], 2);
        var x = -c[1] / (2 * c[2]);
        return new IsoFlopProfilePlotData(flops, points, c, (Math.Exp(x), c[0] + c[1] * x + c[2] * x * x));
    }
}
