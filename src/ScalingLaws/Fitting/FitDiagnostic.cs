namespace ScalingLaws.Fitting;

/// <summary>
/// Something a careful reader of a fit should know, as a typed value: front ends turn each kind into a sentence and
/// advice in their own terms. Parameter names are those of the fitting scale ("ln B" for a log-scaled B).
/// </summary>
public abstract record FitDiagnostic;

/// <summary>A fitted value on or beyond the edge of the range the start grid searched.</summary>
public sealed record OnStartGridEdge(string Parameter, double Value, double GridMin, double GridMax) : FitDiagnostic;

/// <summary>A parameter ended on one of its bounds: the bound, not the data, sets its value.</summary>
public sealed record ParameterAtBound(string Parameter, double Value, BoundHit Side) : FitDiagnostic;

/// <summary>
/// The curvature at the optimum is zero (to round-off) along a direction: the data do not determine the parameters
/// that move along it, listed largest component first.
/// </summary>
public sealed record FlatDirection(ImmutableArray<string> Parameters) : FitDiagnostic;

/// <summary>The curvature is positive definite but nearly singular: the data pin down only some combination of parameters.</summary>
public sealed record NearSingularCurvature(double ConditionNumber) : FitDiagnostic;

/// <summary>Two parameters whose estimates are almost perfectly correlated, so neither is well determined alone.</summary>
public sealed record StrongCorrelation(string First, string Second, double Rho) : FitDiagnostic;

/// <summary>As many rows as free parameters: the law passes through every point and nothing checks it.</summary>
public sealed record NoDegreesOfFreedom(int Rows) : FitDiagnostic;

/// <summary>The best start did not converge: it stopped at its iteration limit with this largest gradient component.</summary>
public sealed record StoppedAtIterationLimit(int Iterations, double GradientNorm) : FitDiagnostic;

/// <summary>
/// Most starts stopped at their iteration limit before converging, so the search compared unfinished descents and
/// may have missed the best basin.
/// </summary>
public sealed record StartsCutShort(int AtLimit, int Starts) : FitDiagnostic;
