using ScalingLaws.Data;
using ScalingLaws.IO.Datasets;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

/// <summary>
/// A fit whose law falls nowhere with an input (an exponent at or below 0) saw no effect of it, so it determines no
/// prediction beyond its data; and a law whose A overflows a double in natural units is still evaluated where ln L̂ is finite.
/// </summary>
public sealed class NonFallingInputsTests
{
    private static readonly ChinchillaLaw Law = ChinchillaLaw.Instance;

    // θ on the fitting scale: ln E, ln A, ln B, α, β.
    private static double[] Theta(double lnA, double alpha) => [Math.Log(1.8), lnA, Math.Log(2100), alpha, 0.37];

    // 3 sizes, 4 checkpoints each, exactly on the law with A = 480, α = 0.35 (values do not matter to the test, the inputs do).
    private static ObservationTable Sweep() => new(
        [.. from n in new[] { 1e8, 3e8, 1e9 }
            from d in new[] { 2e9, 4e9, 8e9, 16e9 }
            select new Observation(n, d, Compute.Flops(n, d), Law.Predict([1.8, 480, 2100, 0.35, 0.37], n, d), $"model-{n:E0}")],
        "sweep");

    [Fact]
    public void A_step_fit_whose_A_overflows_in_natural_units_is_predicted_from_its_fitting_scale()
    {
        // α = 60, ln A = 1,200: A = e^1200 is infinite as a double, A/N^α at N = 1e9 is e^(1200 − 60·ln 1e9) = e^−43.4.
        var theta = Theta(1200, 60);
        var expected = 1.8 + Math.Exp(1200 - 60 * Math.Log(1e9)) + 2100 / Math.Pow(1e11, 0.37);

        Assert.False(double.IsFinite(Law.Predict(Law.ToNatural(theta), 1e9, 1e11)));
        Assert.Equal(expected, Law.PredictFitting(theta, [1e9, 1e11]), 12);
    }

    [Fact]
    public void A_law_that_falls_with_every_input_is_not_flagged_nor_is_a_step_in_size()
    {
        Assert.Empty(NonFallingInputs.Of(Law, [.. Theta(Math.Log(480), 0.35)], Sweep()));
        // α = 60 with A/N^α = 0.5 at the smallest size: a step between sizes, but it falls there.
        Assert.Empty(NonFallingInputs.Of(Law, [.. Theta(Math.Log(0.5) + 60 * Math.Log(1e8), 60)], Sweep()));
    }

    [Theory]
    [InlineData(-5.8, -0.30)]  // the N-term rises with size (datablations GPT2-c4-1, 2nd cut by run length)
    [InlineData(-900, -40)]    // the N-term collapsed to e^−71 or less at every fitted size: no gradient, no effect
    public void A_law_that_does_not_fall_with_size_is_flagged_on_params(double lnA, double alpha) =>
        Assert.Equal([Field.Params], NonFallingInputs.Of(Law, [.. Theta(lnA, alpha)], Sweep()).ToArray());

    [Fact]
    public void Datablations_by_run_length_predicts_every_held_out_row_and_gives_no_interval_where_the_fit_does_not_fall()
    {
        var table = DatasetCatalog.Load("datablations", TestData.SharedData).Where(r => r.Family == "GPT2-c4-1");

        var result = new Backtest(new BacktestSettings { Order = BacktestOrder.RunLength, MaxDegreeOfParallelism = 2 }).Run(Law, table);

        // Before predicting from the fitting scale, cuts with ln A past 709 predicted no finite loss and counted as misses.
        Assert.All(result.Predictions, p => Assert.True(double.IsFinite(p.Predicted)));
        Assert.All(result.Undetermined, u => Assert.True(double.IsFinite(u.Predicted)));
        var notFalling = result.Fits.Where(f => !f.NotFalling.IsDefaultOrEmpty).Select(f => f.Cut.Index).ToHashSet();
        Assert.NotEmpty(notFalling);
        Assert.DoesNotContain(result.Predictions, p => notFalling.Contains(p.Cut));
        Assert.Contains(result.Undetermined, u => notFalling.Contains(u.Cut));
    }
}
