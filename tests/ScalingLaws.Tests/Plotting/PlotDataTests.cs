using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Plotting;

namespace ScalingLaws.Tests.Plotting;

/// <summary>The plain-data inputs: the parabola evaluates as documented, and a fit maps to predicted-vs-observed.</summary>
public sealed class PlotDataTests
{
    [Fact]
    public void Parabola_is_in_natural_log_of_params()
    {
        var profile = new IsoFlopProfilePlotData(1e20, [(1e9, 2.5)], [3.0, -0.1, 0.002]);
        var x = Math.Log(1e9);
        Assert.Equal(3.0 - 0.1 * x + 0.002 * x * x, profile.ParabolaLoss(1e9), 12);
        Assert.True(double.IsNaN((profile with { Parabola = null }).ParabolaLoss(1e9)));
    }

    [Fact]
    public void Fixture_vertex_is_near_the_laws_optimum()
    {
        foreach (var profile in PlotFixtures.Profiles())
        {
            var optimum = PlotFixtures.Law.ForFlops(profile.Flops);
            Assert.InRange(Math.Log10(profile.Vertex!.Value.Params / optimum.Params), -0.1, 0.1);
        }
    }

    [Fact]
    public void Predictions_from_a_fit_evaluate_the_law_on_every_row()
    {
        var law = PlotFixtures.Law;
        var rows = (from n in new[] { 5e7, 1e8, 3e8, 1e9, 3e9 }
                    from d in new[] { 1e9, 3e9, 1e10, 3e10, 1e11 }
                    select new Observation(n, d, Compute.Flops(n, d), law.Loss(n, d))).ToList();
        var table = new ObservationTable(rows, "synthetic");
        var fit = new LawFitter(ChinchillaLaw.Instance).Fit(table);

        var data = PredictedVsObservedPlotData.From(fit, table);

        Assert.Equal(rows.Count, data.Predicted.Count);
        Assert.Equal(rows.Select(r => r.Loss), data.Observed);
        for (var i = 0; i < rows.Count; i++)
            Assert.Equal(fit.Predict(rows[i].Params, rows[i].Tokens), data.Predicted[i], 12);
        Assert.Equal("chinchilla", data.LawName);
    }
}
