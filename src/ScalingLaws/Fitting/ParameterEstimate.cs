namespace ScalingLaws.Fitting;

/// <summary>
/// One fitted parameter in natural units: its value, its standard error from the curvature at the optimum (the delta
/// method for log-scaled parameters; NaN when it was fixed, sits on a bound, or the curvature is flat) and which bound,
/// if any, it ended on.
/// </summary>
public sealed record ParameterEstimate(string Name, double Value, double StandardError, ParameterRole Role, BoundHit Bound);
