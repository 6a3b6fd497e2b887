namespace ScalingLaws.Fitting;

/// <summary>
/// What the engine found for any model: how the fit ended (<see cref="FitSummary"/>), the parameters with their
/// standard errors and bound flags, and the residual standard deviation.
/// </summary>
public sealed record ModelFit : FitSummary
{
    /// <summary>Every parameter in the model's order, natural units.</summary>
    public required ImmutableArray<ParameterEstimate> Parameters { get; init; }

    /// <summary>√(Σ(y − ŷ)²/(n − p)) on the raw scale (NIST's "residual standard deviation").</summary>
    public required double ResidualStandardDeviation { get; init; }

    /// <summary>Every parameter's value, natural units.</summary>
    public ImmutableArray<double> Values => [.. Parameters.Select(p => p.Value)];

    /// <summary>Whether each parameter was free, fixed or tied.</summary>
    public ImmutableArray<ParameterRole> Roles => [.. Parameters.Select(p => p.Role)];

    /// <summary>The parameter called <paramref name="name"/>.</summary>
    public ParameterEstimate this[string name] =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) ?? throw new KeyNotFoundException(name);
}
