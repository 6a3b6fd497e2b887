using System.Collections.Immutable;
using ScalingLaws.Laws;

namespace ScalingLaws.Fitting;

/// <summary>A fitted law: the parameters, how the fit went, how well it matches the data, and what to watch out for.</summary>
public sealed record FitResult
{
    /// <summary>The fitted law.</summary>
    public required ScalingLaw Law { get; init; }

    /// <summary>How the fit ended; a law fitter returns only usable statuses (it throws when no start converged).</summary>
    public required FitStatus Status { get; init; }

    /// <summary>Parameter values in natural units, in the law's order.</summary>
    public required ImmutableArray<double> Values { get; init; }

    /// <summary>The parameters on the law's fitting scale (see <see cref="ModelFit.FittingValues"/>); empty when not known (e.g. a law read from a file).</summary>
    public ImmutableArray<double> FittingValues { get; init; } = [];

    /// <summary>Every parameter with its standard error from the curvature and its bound flag, in the law's order.</summary>
    public required ImmutableArray<ParameterEstimate> Estimates { get; init; }

    /// <summary>Whether each parameter was free, fixed or tied.</summary>
    public required ImmutableArray<ParameterRole> Roles { get; init; }

    /// <summary>The objective minimised.</summary>
    public required FitObjective Objective { get; init; }

    /// <summary>The Huber threshold δ on log residuals.</summary>
    public required double Delta { get; init; }

    /// <summary>The minimised objective (sum over rows).</summary>
    public required double ObjectiveValue { get; init; }

    /// <summary>L-BFGS iterations of the winning start.</summary>
    public required int Iterations { get; init; }

    /// <summary>Starts run.</summary>
    public required int Starts { get; init; }

    /// <summary>Starts that converged.</summary>
    public required int ConvergedStarts { get; init; }

    /// <summary>Starts stopped early on joining an optimum another start had already found (<see cref="FitOptions.StopInFoundBasins"/>); counted as converged.</summary>
    public int StoppedStarts { get; init; }

    /// <summary>Objective-and-gradient evaluations of every start's search (on the screening subsample when screened), the polish excluded.</summary>
    public long SearchEvaluations { get; init; }

    /// <summary>Rows fitted.</summary>
    public required int Rows { get; init; }

    /// <summary>How well the law fits the fitted rows.</summary>
    public required FitMetrics Metrics { get; init; }

    /// <summary>The curvature at the optimum and the covariance it implies.</summary>
    public required FitCurvature Curvature { get; init; }

    /// <summary>Conditions a careful reader should know about (grid edge, a bound, ill-conditioning), as typed values.</summary>
    public required ImmutableArray<FitDiagnostic> Diagnostics { get; init; }

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
