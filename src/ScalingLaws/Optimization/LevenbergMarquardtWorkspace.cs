namespace ScalingLaws.Optimization;

/// <summary>All memory one Levenberg–Marquardt run needs, reused across runs on one thread.</summary>
public sealed class LevenbergMarquardtWorkspace(int dimension)
{
    /// <summary>Number of variables.</summary>
    public int Dimension { get; } = dimension;

    internal double[] X { get; } = new double[dimension];
    internal double[] Trial { get; } = new double[dimension];
    internal double[] Step { get; } = new double[dimension];
    internal double[] Gradient { get; } = new double[dimension];
    internal double[] Scale { get; } = new double[dimension];
    internal double[] Normal { get; } = new double[dimension * dimension];
    internal double[] System { get; } = new double[dimension * dimension];
    internal bool[] Active { get; } = new bool[dimension];
}
