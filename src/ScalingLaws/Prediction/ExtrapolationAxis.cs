namespace ScalingLaws.Prediction;

/// <summary>What distance beyond the data an error model's σ(d) is a function of (<see cref="ExtrapolationDistance.Along"/>).</summary>
public enum ExtrapolationAxis
{
    /// <summary>The law's inputs and compute: <see cref="ExtrapolationDistance.Relative"/>.</summary>
    Scale,

    /// <summary>
    /// Tokens per parameter D/N below the fitted range, decades per decade of its span: how much less trained for its size a
    /// run is than any fitted one (<see cref="BacktestOrder.TokensPerParam"/>).
    /// </summary>
    Undertraining,
}
