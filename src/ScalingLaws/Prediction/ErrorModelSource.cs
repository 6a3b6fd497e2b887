namespace ScalingLaws.Prediction;

/// <summary>Where an extrapolation-error model was measured.</summary>
public enum ErrorModelSource
{
    /// <summary>Backtests on the table the law was fitted to.</summary>
    Backtest,

    /// <summary>The prior measured across the Hitchhiker families (<see cref="HitchhikerPrior"/>): the table was too small to backtest.</summary>
    Prior,
}
