namespace ScalingLaws.Cli.Rendering;

/// <summary>How far a predicted point lies beyond the fitted data: the interval's widening factor and the relative distance.</summary>
internal sealed record DistanceJson(double Factor, double Distance);
