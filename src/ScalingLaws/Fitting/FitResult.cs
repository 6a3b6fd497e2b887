namespace ScalingLaws.Fitting;

/// <summary>A fitted law: the parameters, how the fit went, how well it matches the data, and what to watch out for.</summary>
public sealed record FitResult : FitSummary
{
    /// <summary>The fitted law.</summary>
    public required ScalingLaw Law { get; init; }

    /// <summary>Parameter values in natural units, in the law's order.</summary>
    public required ImmutableArray<double> Values { get; init; }

    /// <summary>Every parameter with its standard error from the curvature and its bound flag, in the law's order.</summary>
    public required ImmutableArray<ParameterEstimate> Estimates { get; init; }

    /// <summary>Whether each parameter was free, fixed or tied.</summary>
    public required ImmutableArray<ParameterRole> Roles { get; init; }

    /// <summary>The objective minimised.</summary>
    public required FitObjective Objective { get; init; }

    /// <summary>The Huber threshold δ on log residuals.</summary>
    public required double Delta { get; init; }

    /// <summary>How well the law fits the fitted rows.</summary>
    public required FitMetrics Metrics { get; init; }

    /// <summary>What happened to the data before the fit (derived columns, dropped rows).</summary>
    public required ImmutableArray<string> Notes { get; init; }

    /// <summary>Free parameters.</summary>
    public int FreeCount => Roles.Count(r => r == ParameterRole.Free);

    /// <summary>The value of the parameter called <paramref name="name"/>, natural units.</summary>
    public double this[string name] => Values[Law.IndexOf(name) is var j and >= 0 ? j : throw new KeyNotFoundException(name)];

    /// <summary>Predicted loss; for one-variable laws pass only <paramref name="first"/>.</summary>
    public double Predict(double first, double second = double.NaN) =>
        FittingValues.IsDefaultOrEmpty ? Law.Predict(Values.AsSpan(), first, second) : Law.PredictFitting(FittingValues.AsSpan(), first, second);
}
