namespace ScalingLaws.Optimization;

/// <summary>
/// All memory one L-BFGS run needs, allocated once and reused across runs on one thread,
/// so that thousands of multi-start or bootstrap fits allocate nothing.
/// </summary>
internal sealed class LbfgsWorkspace
{
    /// <summary>Working memory for <paramref name="dimension"/> variables and <paramref name="memory"/> correction pairs.</summary>
    public LbfgsWorkspace(int dimension, int memory)
    {
        Dimension = dimension;
        Memory = memory;
        X = new double[dimension];
        Gradient = new double[dimension];
        Direction = new double[dimension];
        TrialX = new double[dimension];
        TrialGradient = new double[dimension];
        Steps = new double[memory * dimension];
        GradientChanges = new double[memory * dimension];
        Rho = new double[memory];
        Alpha = new double[memory];
    }

    /// <summary>Number of variables.</summary>
    public int Dimension { get; }
    /// <summary>Correction pairs kept.</summary>
    public int Memory { get; }

    internal double[] X { get; }
    internal double[] Gradient { get; }
    internal double[] Direction { get; }
    internal double[] TrialX { get; }
    internal double[] TrialGradient { get; }
    internal double[] Steps { get; }
    internal double[] GradientChanges { get; }
    internal double[] Rho { get; }
    internal double[] Alpha { get; }

    internal Span<double> Step(int slot) => Steps.AsSpan(slot * Dimension, Dimension);
    internal Span<double> GradientChange(int slot) => GradientChanges.AsSpan(slot * Dimension, Dimension);
}
