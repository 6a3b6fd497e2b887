namespace ScalingLaws.Optimization;

/// <summary>The outcome of one local minimisation; the minimiser is written to a caller's buffer.</summary>
internal readonly record struct MinimizationResult(
    double Value,
    int Iterations,
    int Evaluations,
    double GradientNorm,
    ExitCondition Exit)
{
    /// <summary>
    /// True when the run stopped at a stationary point. A failed line search counts when the gradient
    /// is already small: round-off, not a bad direction, stopped it.
    /// </summary>
    public bool Converged(double looseGradientTolerance) =>
        Exit is ExitCondition.Gradient or ExitCondition.RelativeReduction or ExitCondition.StepTolerance ||
        (Exit == ExitCondition.LineSearchFailed && GradientNorm <= looseGradientTolerance);
}
