namespace ScalingLaws.Optimization;

/// <summary>Tolerances and limits of <see cref="Lbfgs"/>.</summary>
public sealed record LbfgsSettings
{
    /// <summary>Pairs of (step, gradient change) kept for the inverse-Hessian estimate.</summary>
    public int Memory { get; init; } = 10;

    /// <summary>The most iterations.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Stop when max |∂f/∂xᵢ| ≤ this.</summary>
    public double GradientTolerance { get; init; } = 1e-10;

    /// <summary>Stop when (f_k − f_{k+1}) ≤ this · max(|f_k|, |f_{k+1}|).</summary>
    public double RelativeTolerance { get; init; } = 1e-13;

    /// <summary>A failed line search still counts as converged below this gradient (scipy's pgtol).</summary>
    public double LooseGradientTolerance { get; init; } = 1e-5;

    /// <summary>The default settings.</summary>
    public static LbfgsSettings Default { get; } = new();
}
