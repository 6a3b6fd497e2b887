using ScalingLaws.Fitting;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Prediction;

/// <summary>
/// The run-length error model (<see cref="PredictiveModel.LongerErrors"/>) on the checker's path of docs/fitting.md: Porian's
/// `summary_df_owt2` 1 sweep fitted on its runs of at most the median token count, asked for the longer runs of the sizes it saw.
/// </summary>
public sealed class PredictiveModelTests(ITestOutputHelper output)
{
    [Fact]
    public void Fitted_sizes_trained_longer_get_the_run_length_model_and_it_covers_what_the_size_model_misses()
    {
        var sweep = PorianSweeps.Sweep("summary_df_owt2", 1);
        var lengths = sweep.Rows.Select(r => r.Tokens).Distinct().Order().ToArray();
        var cut = lengths[(int)Math.Ceiling(0.5 * lengths.Length) - 1]; // the nearest-rank median, as bench/heldout cuts
        var shorter = sweep.Select([.. Enumerable.Range(0, sweep.Count).Where(i => sweep[i].Tokens <= cut)]);
        var sizes = shorter.Rows.Select(r => r.Params).ToHashSet();
        var longer = sweep.Rows.Where(r => r.Tokens > cut && sizes.Contains(r.Params)).ToArray();
        var law = ChinchillaLaw.Instance;
        var options = FitOptions.Default with { StartStride = 2 };
        var fit = new LawFitter(law, options).Fit(shorter);
        var settings = new BacktestSettings { Order = BacktestOrder.Params, FitOptions = options };

        var model = PredictiveModel.Measure(law, shorter, fit.Values, settings).WithLongerErrors(law, shorter, settings);

        Assert.NotNull(model.LongerErrors);
        double Coverage(PredictiveModel m) => longer.Average(r => m.Interval(law, fit.Values, [r.Params, r.Tokens])!.Contains(r.Loss) ? 1.0 : 0.0);
        var (withLonger, sizeOnly) = (Coverage(model), Coverage(model with { LongerErrors = null }));
        output.WriteLine($"{longer.Length} longer runs: covered {withLonger:P1} with the run-length model, {sizeOnly:P1} with the size model alone; " +
            $"k {model.LongerErrors!.Slope:F3} against {model.Errors.Slope:F3}");
        // 57 of 66 (86.4%) against 29 of 66 (43.9%), as bench/heldout/run-fit-predict.sh measured this split before and after; ±1 run.
        Assert.Equal(66, longer.Length);
        Assert.InRange(withLonger * 66, 56, 58);
        Assert.InRange(sizeOnly * 66, 28, 30);
        Assert.InRange(model.LongerErrors.Slope, 0.19, 0.22); // 0.206: error grows 3× faster per decade of longer training
        Assert.InRange(model.Errors.Slope, 0.06, 0.07);       // than per decade of size (0.065)
    }
}
