using System.Collections.Immutable;

namespace ScalingLaws.Fitting;

/// <summary>
/// What the engine found for any model: how the fit ended, the parameters with their standard errors and bound
/// flags, the objective, the curvature with the covariance it implies, and typed diagnostics.
/// </summary>
public sealed record ModelFit
{
    /// <summary>How the fit ended.</summary>
    public required FitStatus Status { get; init; }

    /// <summary>Every parameter in the model's order, natural units.</summary>
    public required ImmutableArray<ParameterEstimate> Parameters { get; init; }

    /// <summary>The minimised objective (sum over rows).</summary>
    public required double ObjectiveValue { get; init; }

    /// <summary>Solver iterations of the winning start (search and polish together).</summary>
    public required int Iterations { get; init; }

    /// <summary>Starts run.</summary>
    public required int Starts { get; init; }

    /// <summary>Starts that converged.</summary>
    public required int ConvergedStarts { get; init; }

    /// <summary>Starts stopped early on joining an optimum another start had already found (<see cref="FitOptions.StopInFoundBasins"/>); counted as converged.</summary>
    public int StoppedStarts { get; init; }

    /// <summary>Objective-and-gradient evaluations of every start's search, the polish excluded: the work of the fit.</summary>
    public long SearchEvaluations { get; init; }

    /// <summary>Points fitted.</summary>
    public required int Rows { get; init; }

    /// <summary>The curvature and covariance over the free parameters on their fitting scale.</summary>
    public required FitCurvature Curvature { get; init; }

    /// <summary>What the engine found about the fit, typed.</summary>
    public required ImmutableArray<FitDiagnostic> Diagnostics { get; init; }

    /// <summary>√(Σ(y − ŷ)²/(n − p)) on the raw scale (NIST's "residual standard deviation").</summary>
    public required double ResidualStandardDeviation { get; init; }

    /// <summary>Every parameter's value, natural units.</summary>
    public ImmutableArray<double> Values => [.. Parameters.Select(p => p.Value)];

    /// <summary>
    /// Every parameter on its fitting scale (the logarithm of a log-scaled one), in the model's order: finite where a
    /// natural value overflows a double (A = e^800 with α = 60 is a fit of a step between 2 sizes); empty when no start gave a finite objective.
    /// </summary>
    public ImmutableArray<double> FittingValues { get; init; } = [];

    /// <summary>Whether each parameter was free, fixed or tied.</summary>
    public ImmutableArray<ParameterRole> Roles => [.. Parameters.Select(p => p.Role)];

    /// <summary>The parameter called <paramref name="name"/>.</summary>
    public ParameterEstimate this[string name] =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) ?? throw new KeyNotFoundException(name);
}
