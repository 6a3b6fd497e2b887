namespace ScalingLaws.Optimization;

/// <summary>
/// All memory one L-BFGS run needs for <c>dimension</c> variables and <c>memory</c> correction pairs, allocated once and
/// reused across runs on one thread, so that thousands of multi-start or bootstrap fits allocate nothing.
/// </summary>
internal sealed class LbfgsWorkspace(int dimension, int memory)
{
    /// <summary>Number of variables.</summary>
    public int Dimension { get; } = dimension;
    /// <summary>Correction pairs kept.</summary>
    public int Memory { get; } = memory;

    internal double[] X { get; } = new double[dimension];
    internal double[] Gradient { get; } = new double[dimension];
    internal double[] Direction { get; } = new double[dimension];
    internal double[] TrialX { get; } = new double[dimension];
    internal double[] TrialGradient { get; } = new double[dimension];
    internal double[] Steps { get; } = new double[memory * dimension];
    internal double[] GradientChanges { get; } = new double[memory * dimension];
    internal double[] Rho { get; } = new double[memory];
    internal double[] Alpha { get; } = new double[memory];

    internal Span<double> Step(int slot) => Steps.AsSpan(slot * Dimension, Dimension);
    internal Span<double> GradientChange(int slot) => GradientChanges.AsSpan(slot * Dimension, Dimension);
}
