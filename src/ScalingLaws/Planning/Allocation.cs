namespace ScalingLaws.Planning;

/// <summary>A model size and token count for a compute budget, and the loss the law predicts for them.</summary>
public sealed record Allocation(double Flops, double Params, double Tokens, double Loss)
{
    /// <summary>Tokens per parameter, D/N.</summary>
    public double TokensPerParam => Tokens / Params;
}
