namespace ScalingLaws.Data;

/// <summary>The training-compute convention C ≈ 6·N·D (forward and backward pass, Kaplan et al. 2020).</summary>
public static class Compute
{
    /// <summary>FLOPs per parameter per token.</summary>
    public const double FlopsPerParamToken = 6.0;

    /// <summary>Training FLOPs C = 6·N·D.</summary>
    public static double Flops(double parameters, double tokens) => FlopsPerParamToken * parameters * tokens;

    /// <summary>Tokens D = C/(6·N).</summary>
    public static double Tokens(double flops, double parameters) => flops / (FlopsPerParamToken * parameters);

    /// <summary>Parameters N = C/(6·D).</summary>
    public static double Params(double flops, double tokens) => flops / (FlopsPerParamToken * tokens);
}
