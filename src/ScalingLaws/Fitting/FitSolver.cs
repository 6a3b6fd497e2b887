namespace ScalingLaws.Fitting;

/// <summary>The local optimiser run from each start.</summary>
public enum FitSolver
{
    /// <summary>L-BFGS with analytic gradients: any objective; the library's default.</summary>
    Lbfgs,

    /// <summary>
    /// Levenberg–Marquardt on the least-squares objective only: the trust-region kind of method
    /// scipy's curve_fit uses, which from a single start stays in basins that L-BFGS overshoots
    /// (see <see cref="Optimization.LevenbergMarquardt"/>).
    /// </summary>
    LevenbergMarquardt,
}
