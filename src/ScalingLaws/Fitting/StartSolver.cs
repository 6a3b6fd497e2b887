using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>
/// Minimises one thread's objective from <paramref name="start"/>, writing the minimiser to <paramref name="solution"/>;
/// <paramref name="earlyStop"/> (null: none) may end an L-BFGS run early.
/// </summary>
internal delegate MinimizationResult StartSolver(double[] start, double[] solution, IEarlyStop? earlyStop = null);
