namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// DeepSeek LLM (2024), eq. 1: η_opt = 0.3118·C^−0.125 and B_opt = 0.2920·C^0.3271 tokens, with C = M·D in their
/// convention: M the non-embedding FLOPs per token (72·layers·d_model² + 6·layers·d_model·context), which is
/// about 6N for N non-embedding parameters when the context is short beside the width.
/// </summary>
public sealed class DeepSeekHyperparameters : HyperparameterLaw
{
    /// <summary>η_opt = 0.3118·C^−0.125.</summary>
    public const double LearningRateScale = 0.3118, LearningRateExponent = -0.125;
    /// <summary>B_opt = 0.2920·C^0.3271, tokens.</summary>
    public const double BatchScale = 0.2920, BatchExponent = 0.3271;

    /// <summary>The law.</summary>
    public static DeepSeekHyperparameters Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "deepseek";

    /// <inheritdoc/>
    public override string Formula => "lr = 0.3118·C^-0.125, batch = 0.2920·C^0.3271 tokens";

    /// <inheritdoc/>
    public override string Source => "DeepSeek LLM 2024, eq. 1; C = M·D with M the non-embedding FLOPs per token (≈ 6N)";

    /// <inheritdoc/>
    public override bool NeedsParamsAndTokens => false;

    /// <inheritdoc/>
    public override HyperparameterOptimum At(double parameters, double tokens, double flops) => new(
        LearningRateScale * Math.Pow(flops, LearningRateExponent),
        BatchScale * Math.Pow(flops, BatchExponent));
}
