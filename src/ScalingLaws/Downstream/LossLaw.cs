using ScalingLaws.Prediction;

namespace ScalingLaws.Downstream;

/// <summary>
/// The first step of the chain: a fitted loss law L(N, D) with the predictive model that gives its 95% intervals
/// (null for a law without one: its loss then counts as exact, and only the accuracy law's uncertainty is left).
/// </summary>
public sealed record LossLaw(ScalingLaw Law, IReadOnlyList<double> Values, PredictiveModel? Predictive)
{
    /// <summary>The predicted loss at (N, D) and its 95% interval.</summary>
    public (double Loss, double Lower, double Upper) Predict(double parameters, double tokens)
    {
        var inputs = Law.Inputs.Select(f => ObservationTable.Value(new Observation(parameters, tokens, Compute.Flops(parameters, tokens), double.NaN), f)).ToArray();
        var loss = Law.Predict([.. Values], inputs[0], inputs.Length > 1 ? inputs[1] : double.NaN);
        if (Predictive is null)
            return (loss, loss, loss);
        // No interval means the loss law's fit does not determine it there: the chain cannot treat that loss as exact.
        return Predictive.Interval(Law, Values, inputs) is { } interval
            ? (loss, interval.Lower, interval.Upper)
            : throw new ScalingLawsException(
                $"the loss law was fitted to too few distinct {string.Join(" and ", Predictive.Undetermined.Select(Symbols.Of))} to determine its loss at " +
                $"N = {parameters:G3}, D = {tokens:G3}, beyond its fitted runs, so the two-step chain has no interval there; fit the loss law on more sizes.");
    }

    /// <summary>
    /// Fits <paramref name="law"/> to the loss of a task's rows (one per checkpoint) with the fitting engine's defaults, and
    /// measures its extrapolation error by backtesting those rows in every order a law file stores (<see cref="PredictiveModel.MeasureAll"/>, as <c>fit --out</c> does), for the chain's first step.
    /// </summary>
    public static LossLaw Fit(ScalingLaw law, TaskScores task, CancellationToken cancellation = default)
    {
        var table = new ObservationTable(
            task.Rows.Select(r => new Observation(r.Params, r.Tokens, r.Compute, r.Loss, r.Run, r.Family, r.Step, r.SourceRow)),
            task.Source);
        var fit = new LawFitter(law, FitOptions.Default with { StartStride = 2 }).Fit(table, cancellation);
        var settings = new BacktestSettings { Order = PredictiveModel.DefaultOrder(law), FitOptions = FitOptions.Default with { StartStride = 2 } };
        // The full covariance, not PredictionCovariance: on Pythia's half-trained runs the loss law leaves a parameter
        // undetermined, and holding it narrowed the sigmoid chain's held-out coverage from 89–96% to 84.8% (PythiaBacktestTests).
        var predictive = PredictiveModel.MeasureAll(law, table, fit.Values, settings, cancellation: cancellation) with { Covariance = ParameterUncertainty.Covariance(fit) };
        return new LossLaw(law, fit.Values, predictive);
    }
}
