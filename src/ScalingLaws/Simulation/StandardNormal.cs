namespace ScalingLaws.Simulation;

/// <summary>
/// The one standard normal draw of the project (System.Random has no Gaussian): Box–Muller's cosine branch from two
/// uniforms, so a seed gives the same sequence everywhere it is used.
/// </summary>
public static class StandardNormal
{
    /// <summary>One N(0, 1) variate; consumes two uniforms, the first as 1 − u so the log stays finite.</summary>
    public static double Draw(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
