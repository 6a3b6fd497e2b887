using ScalingLaws.Data;
using ScalingLaws.Laws;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Prediction;

/// <summary>
/// What a fitted law needs to give predictive intervals: the ranges of the data it was fitted to and
/// the error model of its extrapolations (from a backtest on that data, or the prior).
/// </summary>
/// <param name="Order">How the backtest ordered the table; null when the prior was used without one.</param>
public sealed record PredictiveModel(FittedRanges Ranges, ExtrapolationErrorModel Errors, BacktestOrder? Order)
{
    /// <summary>
    /// The fit's covariance of the parameters (fitting scale, law order), for the delta method when there is
    /// no bootstrap; null when the curvature does not determine every parameter (see <see cref="ParameterUncertainty.Covariance"/>).
    /// </summary>
    public double[,]? Covariance { get; init; }

    /// <summary>
    /// Backtests the table the law was fitted to (by <paramref name="settings"/>) and keeps the error
    /// model measured on all its cut points; a table too small to cut at
    /// <see cref="BacktestSettings.MinimumCutsForOwnModel"/> points gets the prior.
    /// </summary>
    public static PredictiveModel Measure(ScalingLaw law, ObservationTable table, BacktestSettings settings, CancellationToken cancellation = default)
    {
        var ranges = FittedRanges.Of(table, law);
        var cuts = BacktestSplits.Of(table, RunIndex.Of(table), [.. Enumerable.Range(0, table.Count)], null, settings, law.ParameterCount).Count;
        if (cuts < settings.MinimumCutsForOwnModel)
            return new PredictiveModel(ranges, settings.Prior.As(ErrorModelSource.Prior), null);
        var backtest = new Backtest(settings).Run(law, table, cancellation);
        return new PredictiveModel(ranges, backtest.Model, settings.Order);
    }

    /// <summary>The predictive 95% interval at one point: the parameters' spread from a bootstrap when there is one, else by the delta method from <see cref="Covariance"/>.</summary>
    /// <param name="inputs">The law's inputs at the point, in the law's order.</param>
    public PredictiveInterval Interval(ScalingLaw law, IReadOnlyList<double> values, IReadOnlyList<double> inputs, BootstrapResult? bootstrap = null)
    {
        var (first, second) = (inputs[0], inputs.Count > 1 ? inputs[1] : double.NaN);
        var loss = law.Predict([.. values], first, second);
        var parameterSigma = bootstrap is not null ? ParameterUncertainty.LogSigma(bootstrap, first, second)
            : Covariance is not null ? ParameterUncertainty.LogSigma(law, values, Covariance, first, second)
            : 0;
        return Errors.Interval(loss, Ranges.DistanceOf(inputs), parameterSigma);
    }

    /// <summary>The default backtest order of a law: model size for two-variable laws, the input of a one-variable law.</summary>
    public static BacktestOrder DefaultOrder(ScalingLaw law) => law.Inputs.Length > 1
        ? BacktestOrder.Params
        : law.Inputs[0] switch
        {
            Field.Tokens => BacktestOrder.Tokens,
            Field.Flops => BacktestOrder.Flops,
            _ => BacktestOrder.Params,
        };
}
