using ScalingLaws.Data;

namespace ScalingLaws.Prediction;

/// <summary>One held-out row predicted by the fit of a cut point, with the predictive interval built from earlier cuts only.</summary>
/// <param name="Weight">Each held-out run of a cut weighs 1, shared equally by its rows.</param>
/// <param name="Source">Whether the interval's error model came from the table's earlier cuts or the prior.</param>
public sealed record BacktestPrediction(
    int Cut, string? Family, string Run, Observation Row, double Predicted, PredictiveInterval Interval, ErrorModelSource Source, double Weight)
{
    /// <summary>ln L − ln L̂.</summary>
    public double LogError => Math.Log(Row.Loss) - Math.Log(Predicted);

    /// <summary>|L − L̂| / L, the Hitchhiker's guide's error.</summary>
    public double RelativeError => Math.Abs(Row.Loss - Predicted) / Row.Loss;

    /// <summary>Whether the observed loss lies inside the interval.</summary>
    public bool Covered => Interval.Contains(Row.Loss);
}
