using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Plotting;

/// <summary>Observed losses and a law's predictions for the same rows, for a predicted-against-observed plot.</summary>
/// <param name="Observed">Observed loss per row (nats).</param>
/// <param name="Predicted">Predicted loss per row (nats), same order and count as <paramref name="Observed"/>.</param>
/// <param name="LawName">The law that made the predictions, for the legend (e.g. "chinchilla"); null leaves it out.</param>
public sealed record PredictedVsObservedPlotData(
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Predicted,
    string? LawName = null)
{
    /// <summary>The fitted law's prediction for every row of <paramref name="data"/> (evaluation only, no fitting).</summary>
    public static PredictedVsObservedPlotData From(FitResult fit, ObservationTable data) => From(fit.Law, fit.Values, data);

    /// <summary>A law's prediction, with the given parameter values, for every row of <paramref name="data"/>.</summary>
    public static PredictedVsObservedPlotData From(ScalingLaw law, IReadOnlyList<double> values, ObservationTable data)
    {
        var inputs = law.Inputs;
        var parameters = values.ToArray();
        var predicted = data.Rows
            .Select(row => law.Predict(
                parameters,
                ObservationTable.Value(row, inputs[0]),
                inputs.Length > 1 ? ObservationTable.Value(row, inputs[1]) : double.NaN))
            .ToArray();
        return new PredictedVsObservedPlotData(data.Column(Field.Loss), predicted, law.Name);
    }
}
