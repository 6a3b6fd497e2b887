namespace ScalingLaws.Fitting;

/// <summary>
/// How a fit by the engine ended, whatever was fitted: the status, the objective reached, the work done, the
/// curvature at the optimum and typed diagnostics. <see cref="ModelFit"/> (any model) and <see cref="FitResult"/>
/// (a scaling law with its metrics) share it.
/// </summary>
public abstract record FitSummary
{
    /// <summary>How the fit ended; a law fitter returns only usable statuses (it throws when no start converged).</summary>
    public required FitStatus Status { get; init; }

    /// <summary>
    /// Every parameter on its fitting scale (the logarithm of a log-scaled one), in the model's order: finite where a
    /// natural value overflows a double (A = e^800 with α = 60 is a fit of a step between 2 sizes); empty when not
    /// known (no start gave a finite objective, or a law read from a file).
    /// </summary>
    public ImmutableArray<double> FittingValues { get; init; } = [];

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

    /// <summary>Objective-and-gradient evaluations of every start's search (on the screening subsample when screened), the polish excluded.</summary>
    public long SearchEvaluations { get; init; }

    /// <summary>Rows (points) fitted.</summary>
    public required int Rows { get; init; }

    /// <summary>The curvature at the optimum and the covariance it implies, over the free parameters on their fitting scale.</summary>
    public required FitCurvature Curvature { get; init; }

    /// <summary>Conditions a careful reader should know about (grid edge, a bound, ill-conditioning), as typed values.</summary>
    public required ImmutableArray<FitDiagnostic> Diagnostics { get; init; }
}
