using ScalingLaws.Data;

namespace ScalingLaws.Prediction;

/// <summary>
/// A held-out row a backtest gives no interval: its cut's fit does not determine the law along an input in
/// which the row lies beyond the fitted data (<see cref="UndeterminedInputs"/>). Its error is still recorded.
/// </summary>
/// <param name="Weight">Each held-out run of a cut weighs 1, shared equally by its rows.</param>
public sealed record UndeterminedPrediction(int Cut, string? Family, string Run, Observation Row, double Predicted, double Weight)
{
    /// <summary>|L − L̂| / L, the Hitchhiker's guide's error.</summary>
    public double RelativeError => Math.Abs(Row.Loss - Predicted) / Row.Loss;

    /// <summary>The mean <see cref="RelativeError"/> of the rows with a finite prediction, each run weighing 1, as <see cref="HeldOutCoverage"/>'s.</summary>
    public static double MeanRelativeError(IEnumerable<UndeterminedPrediction> rows) =>
        WeightedStatistics.Mean([.. rows.Where(r => double.IsFinite(r.RelativeError)).Select(r => (r.RelativeError, r.Weight))]);
}
