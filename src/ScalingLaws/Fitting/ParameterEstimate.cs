namespace ScalingLaws.Fitting;

/// <summary>
/// One fitted parameter in natural units: its value, its standard error from the curvature at the optimum (the delta
/// method for log-scaled parameters; NaN when it was fixed, sits on a bound, or the curvature is flat) and which bound,
/// if any, it ended on, and the 95% interval the curvature gives (<see cref="FitCurvature.Multiplier95"/> standard errors
/// either side on the fitting scale, so a log-scaled parameter's is the exponential of one on its log; NaN where the error is).
/// </summary>
public sealed record ParameterEstimate(string Name, double Value, double StandardError, ParameterRole Role, BoundHit Bound, double Lower = double.NaN, double Upper = double.NaN);
