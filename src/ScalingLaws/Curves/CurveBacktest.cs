using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>
/// Measures a loss-curve law's own extrapolation error along the runs it was fitted to, and nothing else:
/// each fitted run is cut at several fractions of its last fitted step (<see cref="CurveBacktestSettings.CutFractions"/>),
/// the law is refitted on the points up to the cuts and predicts the fitted points after them, and the
/// errors ln L − ln L̂ against their distance beyond each cut's fitted steps and the learning-rate decay after them
/// (<see cref="UnseenDecay"/>) give σ(d, u) by <see cref="ErrorModelEstimator"/>. The points a law is later asked to predict are never passed in, so
/// they cannot leak into their own intervals. Refitting on less data also spreads the parameters, so the
/// measured error includes their uncertainty. With at most six cuts, the multiplier's tail is read only as far as the cuts
/// support it (<see cref="ErrorModelEstimator.GuardedTail"/>). Cuts are fitted in parallel; results do not depend on the thread count.
/// </summary>
/// <example><code>
/// var predictive = new CurveBacktest().Measure(MultiPowerLaw.Instance, task.Fit);
/// var prediction = CurvePrediction.Of(fit.Law, fit.Values.AsSpan(), task.Targets[0], predictive);
/// </code></example>
public sealed class CurveBacktest(CurveBacktestSettings? settings = null)
{
    /// <summary>Where the cuts are and how many are needed.</summary>
    public CurveBacktestSettings Settings { get; } = settings ?? new CurveBacktestSettings();

    /// <summary>
    /// The predictive model of a law fitted to <paramref name="fitted"/>: their steps, and the error model
    /// measured on their cuts (the prior when fewer than <see cref="CurveBacktestSettings.MinimumCuts"/> cuts could be fitted);
    /// null when too few could be and the prior does not apply to these curves (<see cref="CurveBacktestSettings.PriorApplies"/>).
    /// </summary>
    public PredictiveModel? Measure(CurveLaw law, IReadOnlyList<LossCurve> fitted, CurveFitOptions? options = null, CancellationToken cancellation = default)
    {
        var result = Run(law, fitted, options, cancellation);
        return result.Model is { } model
            ? new PredictiveModel(FittedSteps.Of(fitted), model, model.Source == ErrorModelSource.Backtest ? BacktestOrder.RunLength : null)
            : null;
    }

    /// <summary>Refits the law on growing prefixes of <paramref name="fitted"/> and scores each refit on the rest of the fitted points.</summary>
    public CurveBacktestResult Run(CurveLaw law, IReadOnlyList<LossCurve> fitted, CurveFitOptions? options = null, CancellationToken cancellation = default)
    {
        Settings.Validate();
        var fitOptions = (options ?? CurveFitOptions.Default) with { MaxDegreeOfParallelism = 1 };
        var cuts = Settings.CutFractions;
        var errors = new HeldOutError[cuts.Length][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Settings.MaxDegreeOfParallelism, CancellationToken = cancellation };
        var minimumPoints = Settings.MinimumPointsPerParameter * law.ParameterCount;
        Parallel.For(0, cuts.Length, parallel, i => errors[i] = Cut(law, fitted, i, cuts[i], minimumPoints, fitOptions, cancellation));
        var fittedCuts = errors.Count(e => e.Length > 0);
        var all = errors.SelectMany(e => e).ToArray();
        var prior = Settings.Prior ?? CurvePrior.For(law, fitOptions.Procedure);
        // A run is cut at a handful of fractions, too few to read a 95th percentile off: the tail is guarded.
        var model = fittedCuts >= Settings.MinimumCuts ? ErrorModelEstimator.Fit(all, prior, guardFewCuts: true)
            : Settings.PriorApplies ? prior.As(ErrorModelSource.Prior)
            : null;
        return new CurveBacktestResult([.. all], fittedCuts, model);
    }

    // One cut: every fitted run up to `fraction` of its last step fitted, the rest of it predicted; each run's held-out part weighs 1.
    private static HeldOutError[] Cut(CurveLaw law, IReadOnlyList<LossCurve> fitted, int index, double fraction, int minimumPoints, CurveFitOptions options, CancellationToken cancellation)
    {
        var runs = fitted.Where(c => c.Count > 0).Select(c => (Before: c.Through(fraction * c.Steps[^1]), After: c.After(fraction * c.Steps[^1]))).ToArray();
        var train = runs.Select(r => r.Before).Where(c => c.Count > 0).ToArray();
        var held = runs.Select(r => r.After).Where(c => c.Count > 0).ToArray();
        if (train.Sum(c => c.Count) < minimumPoints || held.Length == 0 || !train.SelectMany(c => c.Steps).Any(s => s > 0))
            return [];
        CurveFit fit;
        try
        {
            fit = new CurveFitter(law, options).Fit(train, cancellation);
        }
        catch (ScalingLawsException)
        {
            return [];
        }
        var steps = FittedSteps.Of(train);
        return [.. held.SelectMany(curve =>
        {
            var predicted = fit.Predict(curve);
            var decay = UnseenDecay.Of(curve, UnseenDecay.FitEnd(steps));
            return Enumerable.Range(0, curve.Count)
                .Where(k => predicted[k] > 0 && double.IsFinite(predicted[k]))
                .Select(k => new HeldOutError(index, steps.DistanceOf(curve.Steps[k]).Relative, Math.Log(curve.Loss[k] / predicted[k]), 1.0 / curve.Count, decay[k]));
        })];
    }
}
