using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.IO.Datasets;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;
using ScalingLaws.Simulation;

namespace ScalingLaws.Tests.Prediction;

/// <summary>
/// A Chinchilla law fitted to 2 model sizes does not determine its N-term (E + A/N^α, 3 unknowns at 2 sizes): the
/// backtest gives held-out runs at a new size no interval and says why, but still predicts longer runs of the fitted sizes.
/// </summary>
public sealed class UndeterminedInputsTests
{
    private static readonly double[] Truth = [1.8, 480, 2100, 0.35, 0.37];

    // 3 sizes (100M, 300M, 1B), 12 checkpoints each from 2 to 24 tokens per parameter, 1% noise.
    private static ObservationTable ThreeSizes()
    {
        var random = new Random(11);
        var rows = new List<Observation>();
        foreach (var n in new[] { 1e8, 3e8, 1e9 })
        {
            foreach (var multiple in Enumerable.Range(1, 12).Select(k => 2.0 * k))
            {
                var d = multiple * n;
                var noise = 0.01 * StandardNormal.Draw(random);
                rows.Add(new Observation(n, d, Compute.Flops(n, d), ChinchillaLaw.Instance.Predict(Truth, n, d) * Math.Exp(noise), $"model-{n:E0}"));
            }
        }
        return new ObservationTable(rows, "three sizes");
    }

    private static BacktestSettings Settings(BacktestOrder order, ParameterConstraints? constraints = null) => new()
    {
        Order = order,
        MinimumTrainingLevels = 2,
        FitOptions = FitOptions.Default with { StartStride = 4, Constraints = constraints ?? ParameterConstraints.None },
        MaxDegreeOfParallelism = 2,
    };

    [Fact]
    public void Two_sizes_do_not_determine_the_N_term_so_the_third_size_gets_no_interval()
    {
        var result = new Backtest(Settings(BacktestOrder.Params)).Run(ChinchillaLaw.Instance, ThreeSizes());

        var fit = Assert.Single(result.Fits);
        Assert.Equal([Field.Params], fit.Undetermined.ToArray());
        Assert.Empty(result.Predictions);
        Assert.Equal(12, result.Undetermined.Length);
        Assert.Equal(1.0, result.Undetermined.Sum(u => u.Weight), 9);
        Assert.All(result.Undetermined, u => Assert.Equal(1e9, u.Row.Params));
        // The whole table's error model then has no own cuts to rest on: the prior.
        Assert.Equal(ErrorModelSource.Prior, result.Model.Source);
    }

    [Fact]
    public void Tying_alpha_to_beta_leaves_two_free_parameters_on_N_so_two_sizes_determine_it()
    {
        var result = new Backtest(Settings(BacktestOrder.Params, ParameterConstraints.None.Tie("alpha", "beta"))).Run(ChinchillaLaw.Instance, ThreeSizes());

        Assert.True(Assert.Single(result.Fits).Undetermined.IsDefaultOrEmpty);
        Assert.Equal(12, result.Predictions.Length);
        Assert.Empty(result.Undetermined);
    }

    [Fact]
    public void Longer_runs_of_the_fitted_sizes_are_predicted_even_when_a_size_term_is_undetermined()
    {
        // Two sizes cut by run length: every held-out checkpoint is a longer run of a fitted size (OLMo's case).
        var twoSizes = ThreeSizes().Where(r => r.Params < 1e9);

        var result = new Backtest(Settings(BacktestOrder.RunLength)).Run(ChinchillaLaw.Instance, twoSizes);

        Assert.Contains(result.Fits, f => f.Undetermined.SequenceEqual([Field.Params]));
        Assert.Empty(result.Undetermined);
        Assert.NotEmpty(result.Predictions);
    }

    [Fact]
    public void Datablations_by_size_fitted_on_two_sizes_gets_no_interval_for_any_family()
    {
        var table = DatasetCatalog.Load("datablations", TestData.SharedData);

        var result = new Backtest(new BacktestSettings { MinimumTrainingLevels = 2, SplitFamilies = true }).Run(ChinchillaLaw.Instance, table);

        Assert.Equal(16, result.Fits.Length);
        Assert.All(result.Fits, f => Assert.Equal([Field.Params], f.Undetermined.ToArray()));
        Assert.Empty(result.Predictions);
        Assert.Equal(16, result.Undetermined.Sum(u => u.Weight), 6);
        Assert.All(result.Undetermined, u => Assert.Equal(8.7e9, u.Row.Params));
    }

    [Fact]
    public void Datablations_notes_its_repeated_data()
    {
        var table = DatasetCatalog.Load("datablations", TestData.SharedData);

        Assert.Contains(table.Notes, n => n.StartsWith("repeated data: 42 of 48 runs see their unique tokens 2–44 times (the epochs column)", StringComparison.Ordinal));
    }
}
