using System.Collections.Immutable;
using ScalingLaws.Fitting;

namespace ScalingLaws.Curves;

/// <summary>A fitted law's prediction of one target curve, scored on the target's points only.</summary>
public sealed record CurvePrediction(LossCurve Target, ImmutableArray<double> Predicted, FitMetrics Metrics)
{
    public static CurvePrediction Of(CurveFit fit, LossCurve target) => Of(fit.Law, fit.Values.AsSpan(), target);

    /// <summary>The prediction of a law with given values (natural units), e.g. read from a curve-law file.</summary>
    public static CurvePrediction Of(CurveLaw law, ReadOnlySpan<double> values, LossCurve target)
    {
        var predicted = law.Predict(values, target);
        for (var i = 0; i < predicted.Length; i++)
        {
            if (!(predicted[i] > 0) || !double.IsFinite(predicted[i]))
                throw new ScalingLawsException($"run {target.Name}, step {target.Steps[i]}: the fitted {law.Name} law predicts a loss of {predicted[i]:G4}; it does not extrapolate to this step.");
        }
        return new CurvePrediction(target, [.. predicted], FitMetrics.Compute(target.Loss.AsSpan(), predicted));
    }
}

/// <summary>One law on one task: the fit and its predictions, with the metrics averaged over the targets.</summary>
public sealed record CurveOutcome(CurveTask Task, CurveFit Fit, ImmutableArray<CurvePrediction> Predictions)
{
    public FitMetrics Average => CurveMetrics.Average([.. Predictions.Select(p => p.Metrics)]);

    /// <summary>Fits <paramref name="law"/> to the task's fitted points and predicts each target.</summary>
    public static CurveOutcome Run(CurveLaw law, CurveTask task, CurveFitOptions? options = null, CancellationToken cancellation = default)
    {
        var fit = new CurveFitter(law, options).Fit(task.Fit, cancellation);
        return new CurveOutcome(task, fit, [.. task.Targets.Select(t => CurvePrediction.Of(fit, t))]);
    }
}
