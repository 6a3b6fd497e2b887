using System.Runtime.Intrinsics;
using ScalingLaws.Curves;
using ScalingLaws.IO.Datasets;
using ScalingLaws.Prediction;

namespace ScalingLaws.Tests.Curves;

/// <summary>Predictive intervals of loss-curve predictions: the distance along steps, the backtest along the fitted runs, and measured coverage.</summary>
public sealed class CurveIntervalTests(ITestOutputHelper output)
{
    private static readonly double[] PowerValues = [2.0, 4.0, 0.35]; // E, A, alpha

    private static LossCurve Run(string name, double noise, int seed, Func<int, double>? after = null, int cut = 0)
    {
        var curve = SyntheticCurves.Curve(name, StepPowerLaw.Instance, PowerValues, SyntheticCurves.Cosine(20_000), 200, 100, noise, seed);
        return after is null ? curve : new LossCurve(name, curve.Steps, curve.Loss.Select((l, i) => curve.Steps[i] > cut ? l * after(curve.Steps[i]) : l), curve.Schedule);
    }

    [Fact]
    public void Distance_is_the_factor_over_the_last_fitted_step_in_decades_per_decade_fitted()
    {
        var steps = FittedSteps.Of([new LossCurve("a", [0, 1_000, 10_000], [3.0, 2.5, 2.2])]);
        var beyond = steps.DistanceOf(30_000);
        var inside = steps.DistanceOf(5_000);
        var narrow = FittedSteps.Of([new LossCurve("b", [4_000, 6_000, 8_000], [3.0, 2.5, 2.2])]).DistanceOf(16_000);

        Assert.Equal(3.0, beyond.Combined, 12);
        Assert.Equal(Math.Log10(3) / 1.0, beyond.Relative, 12); // step 0 is left out: the fit spans 1,000–10,000, one decade
        Assert.True(beyond.Factors.Single().Above);
        Assert.Equal(1.0, inside.Combined, 12);
        Assert.Equal(0.0, inside.Relative, 12);
        Assert.Equal(Math.Log10(2) / InputFactor.MinimumSpan, narrow.Relative, 12); // a span of 2× counts as the minimum span
    }

    [Fact]
    public void Unseen_decay_is_the_rate_s_change_after_the_last_fitted_step_per_peak_rate()
    {
        // Constant at 2 to step 1,000, then linear to 0 at step 2,000.
        var schedule = LearningRateSchedule.FromFunction(2_000, k => k <= 1_000 ? 2.0 : 2.0 * (2_000 - k) / 1_000, "wsd");
        var curve = new LossCurve("wsd", [500, 1_000, 1_500, 2_000], [3.0, 2.8, 2.6, 2.4], schedule);

        Assert.Equal(new double[] { 0, 0, 0.5, 1.0 }, UnseenDecay.Of(curve, fitEnd: 1_000));
        Assert.Equal(new double[] { 0, 0, 0, 0.5 }, UnseenDecay.Of(curve, fitEnd: 1_500)); // what the fit saw does not count
        Assert.Equal(new double[] { 0, 0, 0, 0 }, UnseenDecay.Of(new LossCurve("plain", curve.Steps, curve.Loss), fitEnd: 1_000)); // no schedule, no decay
    }

    [Fact]
    public void Intervals_never_see_the_points_they_predict()
    {
        // Two runs alike up to 30 % of their steps; after it one is 10 % higher. The fitted parts are the same, so are the error models.
        var plain = Run("plain", 0.003, 7);
        var shifted = Run("shifted", 0.003, 7, _ => 1.1, cut: 6_000);
        var settings = new CurveBacktestSettings { MaxDegreeOfParallelism = 1 };

        var a = CurveOutcome.Run(StepPowerLaw.Instance, new FractionProtocol(0.3).Tasks([plain]).Single(), intervals: settings);
        var b = CurveOutcome.Run(StepPowerLaw.Instance, new FractionProtocol(0.3).Tasks([shifted]).Single(), intervals: settings);

        Assert.Equal(ErrorModelSource.Backtest, a.Predictive!.Errors.Source);
        Assert.Equal(a.Predictive.Errors, b.Predictive!.Errors);
        Assert.Equal(a.Predictions[0].Intervals.Select(i => i.Upper), b.Predictions[0].Intervals.Select(i => i.Upper));
        Assert.True(a.Coverage!.Coverage > b.Coverage!.Coverage, $"{a.Coverage.Coverage} against {b.Coverage.Coverage}: the shifted rest must fall outside more often");
    }

    [Fact]
    public void Backtest_cuts_each_run_and_weighs_each_held_out_part_once()
    {
        var run = Run("clean", 0, 1);
        var result = new CurveBacktest(new CurveBacktestSettings { MaxDegreeOfParallelism = 1 }).Run(StepPowerLaw.Instance, [run.Through(6_000)]);

        Assert.Equal(6, result.FittedCuts); // cuts at 0.3 … 0.8 of step 6,000, each with at least 9 points for 3 parameters
        foreach (var cut in result.Errors.GroupBy(e => e.Cut))
            Assert.Equal(1.0, cut.Sum(e => e.Weight), 9);
        Assert.All(result.Errors, e => Assert.True(Math.Abs(e.LogError) < 1e-5, $"a noiseless power law predicts itself: {e.LogError:G3}"));
        Assert.All(result.Errors, e => Assert.InRange(e.Distance, 1e-6, Math.Log10(1 / 0.3) / InputFactor.MinimumSpan + 1e-9));
        Assert.Equal(ErrorModelEstimator.Sigma0Floor, result.Model!.Sigma0, 12);
    }

    [Fact]
    public void A_fitted_part_too_short_to_cut_gets_the_law_s_prior()
    {
        var run = Run("short", 0.003, 3).Slice(0, 20); // 20 points: no cut keeps 21 for the multipower law's 7 parameters

        var result = new CurveBacktest().Run(MultiPowerLaw.Instance, [run]);

        Assert.Equal(0, result.FittedCuts);
        Assert.Equal(CurvePrior.MultiPower with { Source = ErrorModelSource.Prior }, result.Model);
    }

    [Fact]
    public void The_prior_is_the_one_measured_with_the_fit_s_procedure()
    {
        var run = Run("short", 0.003, 3).Slice(0, 20);
        var published = CurveFitOptions.Default with { Procedure = CurveFitProcedure.Published };

        var result = new CurveBacktest().Run(MultiPowerLaw.Instance, [run], published);

        Assert.Equal(CurvePrior.MultiPowerPublished, result.Model);
        Assert.Equal(CurvePrior.Power, CurvePrior.For(StepPowerLaw.Instance, CurveFitProcedure.Published)); // only the Multi-Power Law's procedure differs
Assert.NotEqual(CurvePrior.MultiPower, CurvePrior.MultiPowerPublished); // measured with each procedure's own refits
    }

    [Fact]
    public void Curves_the_prior_does_not_apply_to_get_no_interval_where_they_cannot_be_cut()
    {
        var settings = new CurveBacktestSettings { PriorApplies = false, MaxDegreeOfParallelism = 1 };
        var shortTask = new FractionProtocol(0.3).Tasks([Run("short", 0.003, 3).Slice(0, 40)]).Single(); // 12 fitted points: no cut keeps 9 for 3 parameters 3 times
        var longTask = new FractionProtocol(0.3).Tasks([Run("long", 0.003, 3)]).Single();

        var none = CurveOutcome.Run(StepPowerLaw.Instance, shortTask, intervals: settings);
        var own = CurveOutcome.Run(StepPowerLaw.Instance, longTask, intervals: settings);

        Assert.Null(none.Predictive);
        Assert.All(none.Predictions, p => Assert.True(p.Intervals.IsDefaultOrEmpty));
        Assert.Null(none.Coverage);
        Assert.Equal(ErrorModelSource.Backtest, own.Predictive!.Errors.Source); // its own cuts still give intervals
    }

    /// <summary>
    /// Issue 12's acceptance on the Multi-Power curves, fitted on each run's first 30 % (the project's protocol) and asked
    /// for the rest, where it is met: the predictive 95% interval covers 88–98 % of the predicted points, at most 3× as wide
    /// as the mean error. With the stored prior, σ(d, u) (what `curve compare` prints, 2026-12-06): power 100M 0.975 and 2.17×,
    /// power 400M 0.959 and 1.79×, tissue 100M 0.893 and 2.00× (new; Tissue at 400M, 0.916 and 2.67× before, now covers every
    /// point). The stored prior pools every Multi-Power run, the scored ones too, so the target is also checked with the prior
    /// re-derived without the scored dataset (no interval sees the points it is scored on): 0.975 and 2.17×, 0.962 and 1.69×,
    /// 0.890 and 2.06×.
    /// </summary>
    [Theory]
    [InlineData("multipower-100M", "power", false, 0.975, 2.17)]
    [InlineData("multipower-400M", "power", false, 0.959, 1.79)]
    [InlineData("multipower-100M", "tissue", false, 0.893, 2.00)]
    [InlineData("multipower-100M", "power", true, 0.975, 2.17)]
    [InlineData("multipower-400M", "power", true, 0.962, 1.69)]
    [InlineData("multipower-100M", "tissue", true, 0.890, 2.06)]
    public void Predictive_interval_covers_the_rest_of_the_runs(string dataset, string lawName, bool priorWithoutDataset, double coverageSeen, double ratioSeen)
    {
        var coverage = Coverage(dataset, lawName, priorWithoutDataset);

        Assert.Equal(9, coverage.Curves);
        Assert.InRange(coverage.Coverage, 0.88, 0.98);
        Assert.InRange(coverage.WidthRatio, 1.0, 3.0);
        Assert.Equal(coverageSeen, coverage.Coverage, 0.0015); // the measured values of the table of docs/curves.md
        Assert.Equal(ratioSeen, coverage.WidthRatio, 0.006);
    }

    /// <summary>
    /// The six other cells of the table of docs/curves.md, held out the same way (the prior re-derived without the scored dataset, with
    /// the dataset's procedure: published for the Multi-Power Law), as measured on 2026-12-06. Held out, Tissue at 400M and the
    /// Multi-Power Law at 400M meet the target (with the stored prior, which pools their own runs, they cover every point); the other
    /// four do not: power and Multi-Power at 25M and Multi-Power at 100M cover every point, Tissue at 25M is 5× as wide as its error.
    /// The Multi-Power Law's backtest fits end elsewhere with 256-bit lanes than with 512-bit ones (as in <see cref="CurvePriorTests"/>),
    /// so its cells carry both measurements.
    /// </summary>
    [Theory]
    [InlineData("multipower-25M", "power", false, 1.000, 2.458, 1.000, 2.458)]
    [InlineData("multipower-25M", "tissue", false, 0.904, 5.074, 0.904, 5.075)]
    [InlineData("multipower-25M", "multipower", false, 1.000, 4.144, 1.000, 4.157)]
    [InlineData("multipower-100M", "multipower", false, 1.000, 2.945, 1.000, 3.000)]
    [InlineData("multipower-400M", "tissue", true, 0.964, 1.802, 0.964, 1.802)]
    [InlineData("multipower-400M", "multipower", true, 0.8985, 1.580, 0.9164, 2.848)]
    public void Held_out_cells_measure_as_recorded(
        string dataset, string lawName, bool meetsTarget, double coverage512, double ratio512, double coverage256, double ratio256)
    {
        var coverage = Coverage(dataset, lawName, priorWithoutDataset: true);
        var (coverageSeen, ratioSeen) = Vector512.IsHardwareAccelerated ? (coverage512, ratio512) : (coverage256, ratio256);

        AssertMeasured(coverage, 9, coverageSeen, ratioSeen, meetsTarget);
    }

    /// <summary>
    /// Each law over all 27 Multi-Power curves (the three sizes pooled, each size's prior re-derived without it), the unit the issue
    /// reports ("the Multi-Power curves"). A size has 9 curves but 6 distinct fits (wsd and wsdld share their fitted part, as do the
    /// three wsdcon runs) from 4 separate training runs (the WSD family branches from one constant-rate run), so a size's coverage
    /// moves in steps of whole runs: an interval that is right 95% of the time covers every point of a size about 0.95^4–0.95^6 =
    /// 74–81% of the time, and 0.88–0.98 cannot be resolved per size. Pooled, the 27 curves come from 12 training runs. Measured
    /// 2026-12-06: power and Tissue meet the target; the Multi-Power Law meets it with 512-bit lanes (0.966, 2.59×) but not with
    /// 256-bit ones (0.972, 3.20×: its backtest fits end elsewhere, as in <see cref="Held_out_cells_measure_as_recorded"/>).
    /// </summary>
    [Theory]
    [InlineData("power", 0.9791, 2.089, true, 0.9791, 2.089, true)]
    [InlineData("tissue", 0.9193, 2.955, true, 0.9193, 2.955, true)]
    [InlineData("multipower", 0.9662, 2.590, true, 0.9721, 3.203, false)]
    public void Pooled_over_the_three_sizes_measure_as_recorded(
        string lawName, double coverage512, double ratio512, bool meets512, double coverage256, double ratio256, bool meets256)
    {
        var predictions = CurvePrior.Datasets.SelectMany(d => Comparison(d, lawName, priorWithoutDataset: true).Entries.SelectMany(e => e.Outcome!.Predictions));
        var pooled = CurveCoverage.Of(predictions)!;
        var (coverageSeen, ratioSeen, meetsTarget) = Vector512.IsHardwareAccelerated ? (coverage512, ratio512, meets512) : (coverage256, ratio256, meets256);
        output.WriteLine($"{lawName}, 27 curves: coverage {pooled.Coverage:F4}, mean rel. error {pooled.MeanRelativeError:P2}, half-width {pooled.MeanRelativeHalfWidth:P2}, ratio {pooled.WidthRatio:F3}");

        AssertMeasured(pooled, 27, coverageSeen, ratioSeen, meetsTarget);
    }

    // The coverage and width as measured (within 0.0015 and 0.006), and the target where it is met.
    private static void AssertMeasured(CurveCoverage coverage, int curves, double coverageSeen, double ratioSeen, bool meetsTarget)
    {
        Assert.Equal(curves, coverage.Curves);
        Assert.Equal(coverageSeen, coverage.Coverage, 0.0015);
        Assert.Equal(ratioSeen, coverage.WidthRatio, 0.006);
        if (!meetsTarget)
            return;
        Assert.InRange(coverage.Coverage, 0.88, 0.98);
        Assert.InRange(coverage.WidthRatio, 1.0, 3.0);
    }

    private CurveCoverage Coverage(string dataset, string lawName, bool priorWithoutDataset)
    {
        var coverage = Comparison(dataset, lawName, priorWithoutDataset).Coverage(CurveLawCatalog.Find(lawName))!;
        output.WriteLine($"{dataset} {lawName}: coverage {coverage.Coverage:F4}, mean rel. error {coverage.MeanRelativeError:P2}, half-width {coverage.MeanRelativeHalfWidth:P2}, ratio {coverage.WidthRatio:F3}");
        return coverage;
    }

    // Each run fitted on its first 30 %, the rest predicted, with the dataset's procedure; the prior stored, or re-derived without the dataset.
    private static CurveComparison Comparison(string dataset, string lawName, bool priorWithoutDataset)
    {
        var law = CurveLawCatalog.Find(lawName);
        var procedure = CurveDatasetCatalog.Procedure(dataset);
        var tasks = new FractionProtocol(0.3).Tasks(CurveDatasetCatalog.Load(dataset, TestData.SharedData));
        var others = CurvePrior.Datasets.Where(d => d != dataset).SelectMany(d => CurveDatasetCatalog.Load(d, TestData.SharedData)).ToList();
        var settings = new CurveBacktestSettings { Prior = priorWithoutDataset ? CurvePrior.Measure(law, others, procedure) : null };

        return CurveComparison.Run([law], tasks, CurveFitOptions.Default with { Procedure = procedure }, intervals: settings);
    }
}
