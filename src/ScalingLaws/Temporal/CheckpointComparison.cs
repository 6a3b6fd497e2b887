namespace ScalingLaws.Temporal;

/// <summary>Both position laws fitted to one checkpoint; the one with the higher R² wins (both have three parameters).</summary>
public sealed record CheckpointComparison(PositionCheckpoint Checkpoint, PositionLawFit Hyperbolic, PositionLawFit Power)
{
    /// <summary>The law with the higher R².</summary>
    public PositionLaw Winner => Hyperbolic.Metrics.R2 >= Power.Metrics.R2 ? Hyperbolic.Law : Power.Law;
}
