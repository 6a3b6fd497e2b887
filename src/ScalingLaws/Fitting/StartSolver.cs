using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>Minimises one thread's objective from <paramref name="start"/>, writing the minimiser to <paramref name="solution"/>.</summary>
internal delegate MinimizationResult StartSolver(double[] start, double[] solution);
