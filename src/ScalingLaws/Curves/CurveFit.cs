namespace ScalingLaws.Curves;

/// <summary>A <see cref="CurveLaw"/> fitted to some curves: its parameters, how the fit went and how well it matches them.</summary>
public sealed record CurveFit
{
    /// <summary>The fitted law.</summary>
    public required CurveLaw Law { get; init; }

    /// <summary>Parameter values in natural units, in the law's order.</summary>
    public required ImmutableArray<double> Values { get; init; }

    /// <summary>How the parameters were found.</summary>
    public CurveFitProcedure Procedure { get; init; } = CurveFitProcedure.Minimum;

    /// <summary>The procedure in a line, e.g. "L-BFGS from 8 starts (8 converged), the best polished".</summary>
    public string Method { get; init; } = "";

    /// <summary>The minimised Σ Huber_δ(ln L − ln L̂) (with <see cref="CurveFitProcedure.Published"/>, its value where the procedure stopped).</summary>
    public required double ObjectiveValue { get; init; }

    /// <summary>The Huber threshold δ on log residuals.</summary>
    public required double Delta { get; init; }

    /// <summary>Starts run.</summary>
    public required int Starts { get; init; }

    /// <summary>Starts that converged.</summary>
    public required int ConvergedStarts { get; init; }

    /// <summary>The fitted runs, by name, and how many points each contributed.</summary>
    public required ImmutableArray<(string Run, int Points)> Runs { get; init; }

    /// <summary>Agreement with the fitted points themselves (all runs together).</summary>
    public required FitMetrics Metrics { get; init; }

    /// <summary>How the fit ended (<see cref="FitStatus.StoppedEarly"/> for the published procedure's deliberate early stop).</summary>
    public required FitStatus Status { get; init; }

    /// <summary>Each parameter with its standard error from the curvature (NaN for the published procedure, which stops before a minimum).</summary>
    public required ImmutableArray<ParameterEstimate> Estimates { get; init; }

    /// <summary>The curvature at the minimum; null for the published procedure.</summary>
    public FitCurvature? Curvature { get; init; }

    /// <summary>Conditions a careful reader should know about (ill-determined parameters, a start that did not converge), typed.</summary>
    public required ImmutableArray<FitDiagnostic> Diagnostics { get; init; }

    /// <summary>Points fitted, over every run.</summary>
    public int Points => Runs.Sum(r => r.Points);

    /// <summary>The value of the parameter called <paramref name="name"/>, natural units.</summary>
    public double this[string name] => Values[Law.IndexOf(name) is var j and >= 0 ? j : throw new KeyNotFoundException(name)];

    /// <summary>The fitted loss at every step of <paramref name="curve"/>.</summary>
    public double[] Predict(LossCurve curve) => Law.Predict(Values.AsSpan(), curve);
}
