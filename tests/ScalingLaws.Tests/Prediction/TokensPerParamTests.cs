using ScalingLaws.Data;
using ScalingLaws.IO;
using ScalingLaws.IO.Selection;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

/// <summary>
/// Tokens per parameter D/N against the fitted rows' range of it (<see cref="RatioFactor"/>): the per-input factors miss a
/// large model trained on few tokens when N and D each lie near their own ranges. On Porian's IsOFLOP sweeps by model size
/// those predictions are the ones the law gets wrong.
/// </summary>
public sealed class TokensPerParamTests(ITestOutputHelper output)
{
    private static readonly string Porian = Path.Combine(TestData.SharedData, "porian", "isoflop_points.csv");

    // N on 1e8..1e10, D on 1e9..1e11, and D/N measured on the rows: 1e9/1e8 = 10 (smallest) to 1e11/1e9 = 100.
    private static readonly ObservationTable Table = new([
        new Observation(1e8, 1e9, double.NaN, 3.0), new Observation(1e9, 1e11, double.NaN, 2.4), new Observation(1e10, 1e11, double.NaN, 2.2)]);

    [Fact]
    public void The_ratio_range_is_measured_on_the_fitted_rows_of_a_law_of_N_and_D()
    {
        var ranges = FittedRanges.Of(Table, ChinchillaLaw.Instance);

        Assert.Equal((10.0, 100.0), (ranges.TokensPerParam!.Min, ranges.TokensPerParam.Max));
        Assert.Null(FittedRanges.Of(Table, new OffsetPowerLaw(Field.Params)).TokensPerParam);
    }

    [Fact]
    public void A_large_model_on_few_tokens_lies_outside_the_ratio_range_with_both_inputs_inside()
    {
        var ranges = FittedRanges.Of(Table, ChinchillaLaw.Instance);

        var undertrained = ranges.DistanceOf([1e10, 2e9]);
        var overtrained = ranges.DistanceOf([1e8, 1e11]);
        var inside = ranges.DistanceOf([1e9, 5e10]);

        Assert.False(undertrained.IsBeyondData);
        Assert.True(undertrained.IsOutsideRatio);
        Near.Relative(50, undertrained.TokensPerParam!.Factor, 1e-12, "D/N = 0.2 is 50× below 10");
        Assert.Equal((false, 10.0), (undertrained.TokensPerParam.Above, undertrained.TokensPerParam.Bound));
        Assert.Equal(0, undertrained.Relative); // reported, not counted in the error model's distance (docs/fitting.md)
        Near.Relative(10, overtrained.TokensPerParam!.Factor, 1e-12, "D/N = 1,000 is 10× above 100");
        Assert.Equal((true, 100.0), (overtrained.TokensPerParam.Above, overtrained.TokensPerParam.Bound));
        Assert.False(inside.IsOutsideRatio);
    }

    [Fact]
    public void The_undertraining_distance_counts_decades_of_D_over_N_below_the_fitted_range_per_decade_it_spans()
    {
        var ranges = FittedRanges.Of(Table, ChinchillaLaw.Instance); // D/N fitted on 10..100: one decade

        Near.Relative(Math.Log10(50), ranges.DistanceOf([1e10, 2e9]).Along(ExtrapolationAxis.Undertraining), 1e-12, "50× below a 1-decade span");
        Assert.Equal(0, ranges.DistanceOf([1e8, 1e11]).Along(ExtrapolationAxis.Undertraining)); // above the range is not undertrained
        Assert.Equal(0, ranges.DistanceOf([1e9, 5e10]).Along(ExtrapolationAxis.Undertraining));
        var far = ranges.DistanceOf([1e12, 1e11]);
        Assert.Equal(far.Relative, far.Along(ExtrapolationAxis.Scale));
    }

    /// <summary>
    /// Porian et al.'s sweeps by model size (`scaling backtest ../shared/data/porian/isoflop_points.csv --where source=S
    /// --where config_index=C --backtest-by params`): the held-out predictions outside their cut's fitted D/N range, counted
    /// independently by /tmp/briefs/porian_an.py on 2026-12-06, are the ones whose point prediction errs 3× as much.
    /// </summary>
    [Theory]
    [InlineData("summary_df", 4, 204, 386)]
    [InlineData("summary_df_owt2", 4, 210, 380)]
    public void On_Porian_sweeps_by_size_the_predictions_outside_the_ratio_range_err_most(string source, int config, int outside, int inside)
    {
        var table = new RowSelection([], [RowFilter.Parse($"source={source}"), RowFilter.Parse($"config_index={config}")], []).Apply(TableReader.Read(Porian)).Table;

        var result = new Backtest(new BacktestSettings { Order = BacktestOrder.Params }).Run(ChinchillaLaw.Instance, table);

        var beyond = result.Predictions.Where(p => p.Interval.Distance.IsOutsideRatio).ToArray();
        var within = result.Predictions.Where(p => !p.Interval.Distance.IsOutsideRatio).ToArray();
        var (beyondError, withinError) = (beyond.Average(p => Math.Abs(p.LogError)), within.Average(p => Math.Abs(p.LogError)));
        output.WriteLine($"{source} {config}: outside D/N {beyond.Length} predictions, mean |ln error| {beyondError:P1}, covered {beyond.Average(p => p.Covered ? 1.0 : 0):P0}; inside {within.Length}, {withinError:P1}, covered {within.Average(p => p.Covered ? 1.0 : 0):P0}");
        Assert.Equal((outside, inside), (beyond.Length, within.Length));
        Assert.True(beyondError > 3 * withinError, $"outside D/N the mean error {beyondError:P1} should be over 3× the inside one {withinError:P1}");
        // What `scaling backtest` shows apart ("which the intervals do not allow for"): 34.3% and 31.9% of those runs covered.
        var apart = result.OutsideTokensPerParam;
        Assert.Equal(outside, apart.Rows);
        Assert.InRange(apart.Coverage, 0.25, 0.45);
    }
}
