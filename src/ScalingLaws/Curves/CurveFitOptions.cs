using ScalingLaws.Optimization;

namespace ScalingLaws.Curves;

/// <summary>How a <see cref="CurveLaw"/> is fitted: Huber(δ) on log residuals from the law's starts, as the core fitter does.</summary>
public sealed record CurveFitOptions
{
    /// <summary>The default options.</summary>
    public static CurveFitOptions Default { get; } = new();

    /// <summary>Huber threshold δ on log residuals (1e-3, as Hoffmann et al. and the Multi-Power Law repository).</summary>
    public double Delta { get; init; } = 1e-3;

    /// <summary>The minimum of the objective, or the law's authors' own procedure (see <see cref="CurveFitProcedure"/>).</summary>
    public CurveFitProcedure Procedure { get; init; } = CurveFitProcedure.Minimum;

    /// <summary>Tolerances for the search from every start; the best start is then polished with <see cref="Optimizer"/>.</summary>
    public LbfgsSettings SearchOptimizer { get; init; } = new() { GradientTolerance = 1e-5, RelativeTolerance = 1e-7, MaxIterations = 400 };

    /// <summary>Tolerances for the final polish of the best start.</summary>
    public LbfgsSettings Optimizer { get; init; } = new() { GradientTolerance = 1e-9, RelativeTolerance = 1e-12, MaxIterations = 2000 };

    /// <summary>Starts fitted at once; the processor count by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Parameters fixed, tied or bounded (natural units), as for the scaling laws.</summary>
    public ParameterConstraints Constraints { get; init; } = ParameterConstraints.None;

    /// <summary>The engine's options for a fit to the minimum.</summary>
    internal FitOptions ForEngine() => FitOptions.Default with
    {
        Objective = FitObjective.HuberLog,
        Delta = Delta,
        Constraints = Constraints,
        SearchOptimizer = SearchOptimizer,
        Optimizer = Optimizer,
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
    };
}
