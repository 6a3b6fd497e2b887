namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// Li et al. (2025), "Predictable Scale: Part I" (Step Law): η_opt = 1.79·N^−0.713·D^0.307 and
/// B_opt = 0.58·D^0.571 tokens, N the non-embedding parameters, D the training tokens.
/// </summary>
public sealed class StepLaw : HyperparameterLaw
{
    /// <summary>η_opt = 1.79·N^−0.713·D^0.307.</summary>
    public const double LearningRateScale = 1.79, LearningRateParamsExponent = -0.713, LearningRateTokensExponent = 0.307;
    /// <summary>B_opt = 0.58·D^0.571, tokens.</summary>
    public const double BatchScale = 0.58, BatchTokensExponent = 0.571;

    private static readonly StepLawForms Forms = new(LearningRateScale, LearningRateParamsExponent, LearningRateTokensExponent, BatchScale, BatchTokensExponent);

    /// <summary>The law.</summary>
    public static StepLaw Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "step-law";

    /// <inheritdoc/>
    public override string Formula => Forms.Formula;

    /// <inheritdoc/>
    public override string Source => "Li et al. 2025, \"Predictable Scale: Part I\" (Step Law), N non-embedding parameters";

    /// <inheritdoc/>
    public override bool NeedsParamsAndTokens => true;

    /// <inheritdoc/>
    public override HyperparameterOptimum At(double parameters, double tokens, double flops) => Forms.At(parameters, tokens);
}
