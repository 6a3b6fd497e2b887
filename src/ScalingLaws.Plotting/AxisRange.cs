namespace ScalingLaws.Plotting;

/// <summary>The span an axis shows, in data units (FLOPs, parameters, nats), also on a logarithmic axis.</summary>
/// <param name="Low">The left or bottom end.</param>
/// <param name="High">The right or top end, above <paramref name="Low"/>.</param>
public readonly record struct AxisRange(double Low, double High);
