using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// Where one start ended: its minimisation record and the free parameters it reached. A start that stopped early on
/// joining a basin already found counts as converged but is never the best start (its basin's own start is no worse).
/// </summary>
internal readonly record struct StartOutcome(int Index, MinimizationResult Result, double[] Solution, bool Converged)
{
    /// <summary>True when the start stopped on joining a basin another start had already found.</summary>
    public bool StoppedEarly => Result.Exit == ExitCondition.EarlyStop;
}
