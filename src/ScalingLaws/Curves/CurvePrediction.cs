using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>A fitted law's prediction of one target curve, scored on the target's points only.</summary>
public sealed record CurvePrediction(LossCurve Target, ImmutableArray<double> Predicted, FitMetrics Metrics)
{
    /// <summary>The predictive 95% interval of each point; empty when the prediction has no error model.</summary>
    public ImmutableArray<PredictiveInterval> Intervals { get; init; } = [];

    /// <summary>The bootstrap's spread of each point's predicted loss (the parameters' share alone); empty without a bootstrap.</summary>
    public ImmutableArray<Uncertainty.Uncertainty> ParameterIntervals { get; init; } = [];

    /// <param name="bootstrap">Resamples of the fit: each predictive interval then adds the parameters' spread from them.</param>
    public static CurvePrediction Of(CurveFit fit, LossCurve target, PredictiveModel? predictive = null, CurveBootstrapResult? bootstrap = null) =>
        Of(fit.Law, fit.Values.AsSpan(), target, predictive, bootstrap);

    /// <summary>
    /// The prediction of a law with given values (natural units), e.g. read from a curve-law file, with the
    /// predictive interval of each point when <paramref name="predictive"/> (the fitted steps and their error model) is given:
    /// the law's own extrapolation error and, with a <paramref name="bootstrap"/>, the parameters' spread over its
    /// resamples, added in quadrature on ln L (as <see cref="PredictiveModel.Interval"/> does for scaling laws).
    /// </summary>
    public static CurvePrediction Of(CurveLaw law, ReadOnlySpan<double> values, LossCurve target, PredictiveModel? predictive = null, CurveBootstrapResult? bootstrap = null)
    {
        var predicted = law.Predict(values, target);
        for (var i = 0; i < predicted.Length; i++)
        {
            if (!(predicted[i] > 0) || !double.IsFinite(predicted[i]))
                throw new ScalingLawsException($"run {target.Name}, step {target.Steps[i]}: the fitted {law.Name} law predicts a loss of {predicted[i]:G4}; it does not extrapolate to this step.");
        }
        var parameters = bootstrap?.Prediction(target) ?? [];
        double ParameterSigma(int i) => parameters.IsEmpty ? 0 : ParameterUncertainty.LogSigma(parameters[i]);
        return new CurvePrediction(target, [.. predicted], FitMetrics.Compute(target.Loss.AsSpan(), predicted))
        {
            Intervals = predictive is null ? [] : [.. predicted.Select((loss, i) => predictive.Errors.Interval(loss, predictive.Ranges.DistanceOf(target.Steps[i]), ParameterSigma(i)))],
            ParameterIntervals = parameters,
        };
    }
}

/// <summary>
/// One law on one task: the fit and its predictions, with the metrics averaged over the targets, and the
/// predictive model of its intervals (null when none was measured).
/// </summary>
public sealed record CurveOutcome(CurveTask Task, CurveFit Fit, ImmutableArray<CurvePrediction> Predictions, PredictiveModel? Predictive = null)
{
    /// <summary>The fit's bootstrap, when one was run (<see cref="Resampled"/>).</summary>
    public CurveBootstrapResult? Bootstrap { get; init; }

    /// <summary>
    /// The outcome with its fit bootstrapped on the task's fitted points (<see cref="CurveBootstrap"/>), each prediction's
    /// predictive interval then adding the parameters' spread over the resamples.
    /// </summary>
    /// <param name="options">The options the fit was made with: each resample is refitted under the same constraints.</param>
    public CurveOutcome Resampled(CurveBootstrap bootstrap, CurveFitOptions? options = null, CancellationToken cancellation = default)
    {
        var result = bootstrap.Run(new CurveFitter(Fit.Law, options), Task.Fit, Fit, cancellation);
        return this with { Bootstrap = result, Predictions = [.. Task.Targets.Select(t => CurvePrediction.Of(Fit, t, Predictive, result))] };
    }

    /// <summary>The targets' metrics averaged over targets.</summary>
    public FitMetrics Average => CurveMetrics.Average([.. Predictions.Select(p => p.Metrics)]);

    /// <summary>How the predictive intervals covered the targets; null without intervals.</summary>
    public CurveCoverage? Coverage => CurveCoverage.Of(Predictions);

    /// <summary>
    /// Fits <paramref name="law"/> to the task's fitted points and predicts each target; with
    /// <paramref name="intervals"/>, each predicted point also gets its predictive 95% interval, from a
    /// backtest along the fitted points only (<see cref="CurveBacktest"/>).
    /// </summary>
    public static CurveOutcome Run(CurveLaw law, CurveTask task, CurveFitOptions? options = null, CancellationToken cancellation = default, CurveBacktestSettings? intervals = null)
    {
        var fit = new CurveFitter(law, options).Fit(task.Fit, cancellation);
        var predictive = intervals is null ? null : new CurveBacktest(intervals).Measure(law, task.Fit, options, cancellation);
        return new CurveOutcome(task, fit, [.. task.Targets.Select(t => CurvePrediction.Of(fit, t, predictive))], predictive);
    }
}
