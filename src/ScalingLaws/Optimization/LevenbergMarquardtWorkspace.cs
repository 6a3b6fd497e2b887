namespace ScalingLaws.Optimization;

/// <summary>All memory one Levenberg–Marquardt run needs, reused across runs on one thread.</summary>
internal sealed class LevenbergMarquardtWorkspace(int dimension)
{
    /// <summary>Number of variables.</summary>
    public int Dimension { get; } = dimension;

    internal double[] X { get; } = new double[dimension];
    internal double[] Trial { get; } = new double[dimension];
    internal double[] Step { get; } = new double[dimension];
    internal double[] Gradient { get; private set; } = new double[dimension];
    internal double[] Scale { get; } = new double[dimension];
    internal double[] Normal { get; private set; } = new double[dimension * dimension];

    /// <summary>The normal equations at the trial point, evaluated with its cost and kept only when the step is accepted.</summary>
    internal double[] TrialNormal { get; private set; } = new double[dimension * dimension];
    internal double[] TrialGradient { get; private set; } = new double[dimension];
    internal double[] System { get; } = new double[dimension * dimension];
    internal bool[] Active { get; } = new bool[dimension];

    /// <summary>The accepted trial's normal equations become the current ones (a swap, no copy).</summary>
    internal void AcceptTrial()
    {
        (Normal, TrialNormal) = (TrialNormal, Normal);
        (Gradient, TrialGradient) = (TrialGradient, Gradient);
    }
}
