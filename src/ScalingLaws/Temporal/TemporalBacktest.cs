using ScalingLaws.Curves;
using ScalingLaws.Prediction;

namespace ScalingLaws.Temporal;

/// <summary>
/// Predictive 95% intervals for a temporal forecast's sequence losses, by the same machinery as loss-curve
/// predictions: the fitted checkpoints alone are backtested (the law refitted, forms chosen afresh, on the
/// first <see cref="CutFractions"/> of them, and asked for the rest of the fitted ones), the errors of the
/// sequence loss against their distance in steps beyond each cut's last checkpoint give σ(d) by
/// <see cref="ErrorModelEstimator"/>, and each predicted checkpoint gets the interval at its own distance
/// beyond the last fitted checkpoint (<see cref="FittedSteps"/>). The predicted checkpoints are never refitted
/// or scored before their intervals are set. Below <see cref="MinimumCuts"/> fitted cuts the prior is used:
/// Tissue's loss-curve prior (<see cref="CurvePrior.Tissue"/>), the law whose area-and-annealing clock the schedule form shares.
/// </summary>
public static class TemporalBacktest
{
    /// <summary>The fitted checkpoints are cut after these fractions of them (each cut keeps at least <see cref="TemporalFitter.MinimumFitted"/>).</summary>
    public static IReadOnlyList<double> CutFractions { get; } = [0.5, 0.6, 0.7, 0.8];

    /// <summary>Cuts needed to measure the error model; fewer use the prior.</summary>
    public const int MinimumCuts = 3;

    /// <summary>The prior used with fewer cuts: the annealing law's curve prior.</summary>
    public static ExtrapolationErrorModel Prior => CurvePrior.Tissue;

    /// <param name="forms">The forms the forecast was given; null when it chose them (each cut then chooses its own).</param>
    public static TemporalIntervals Measure(TemporalForecast forecast, IReadOnlyList<TemporalForm>? forms = null, int maxDegreeOfParallelism = 0, CancellationToken cancellation = default)
    {
        var (run, fitted) = (forecast.Run, forecast.Fitted);
        var part = new PositionLosses(run.Run, run.Source, run.Checkpoints.Take(fitted));
        var counts = CutFractions.Select(f => (int)Math.Round(f * fitted)).Where(m => m >= TemporalFitter.MinimumFitted && m < fitted).Distinct().ToArray();
        var errors = new List<HeldOutError>();
        var cuts = 0;
        for (var c = 0; c < counts.Length; c++)
        {
            var held = Cut(part, counts[c], c, forms, forecast.Constraints, maxDegreeOfParallelism, cancellation);
            cuts += held.Length > 0 ? 1 : 0;
            errors.AddRange(held);
        }
        var model = cuts >= MinimumCuts ? ErrorModelEstimator.Fit(errors, Prior) : Prior.As(ErrorModelSource.Prior);
        var steps = FittedSteps.Of(run.Checkpoints.Take(fitted).Select(k => k.Step));
        var predictive = new PredictiveModel(steps, model, model.Source == ErrorModelSource.Backtest ? BacktestOrder.RunLength : null);
        var intervals = Enumerable.Range(fitted, run.Count - fitted).Select(k => model.Interval(forecast.SequenceLoss(k), steps.DistanceOf(run[k].Step)));
        return new TemporalIntervals(forecast, predictive, [.. intervals]);
    }

    // The law fitted to the first `count` fitted checkpoints, scored on the rest of them; each cut weighs 1 in all.
    private static HeldOutError[] Cut(
        PositionLosses part, int count, int index, IReadOnlyList<TemporalForm>? forms, ParameterConstraints constraints, int maxDegreeOfParallelism, CancellationToken cancellation)
    {
        TemporalForecast forecast;
        try
        {
            // Half a checkpoint above count/n, so that the fitter's floor lands on count whatever the rounding.
            forecast = new TemporalFitter((count + 0.5) / part.Count, forms, maxDegreeOfParallelism, constraints).Fit(part, cancellation);
        }
        catch (ScalingLawsException)
        {
            return [];
        }
        var steps = FittedSteps.Of(part.Checkpoints.Take(count).Select(k => k.Step));
        return [.. Enumerable.Range(count, part.Count - count).Select(k =>
            new HeldOutError(index, steps.DistanceOf(part[k].Step).Relative, Math.Log(part[k].SequenceLoss / forecast.SequenceLoss(k)), 1.0 / (part.Count - count)))];
    }
}
