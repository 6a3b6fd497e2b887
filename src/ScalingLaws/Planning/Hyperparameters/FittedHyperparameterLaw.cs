namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>Step Law's forms with the constants of a sweep fitted here (<see cref="HyperparameterSweepFit"/>).</summary>
public sealed class FittedHyperparameterLaw(HyperparameterSweepFit fit, string source) : HyperparameterLaw
{
    private readonly StepLawForms _forms = new(fit.LearningRate.Scale, fit.LearningRate.Exponents[0], fit.LearningRate.Exponents[1], fit.Batch.Scale, fit.Batch.Exponents[0]);

    /// <summary>The sweep fit behind the law.</summary>
    public HyperparameterSweepFit Fit { get; } = fit;

    /// <inheritdoc/>
    public override string Name => "fitted";

    /// <inheritdoc/>
    public override string Formula => _forms.Formula;

    /// <inheritdoc/>
    public override string Source { get; } = source;

    /// <inheritdoc/>
    public override bool NeedsParamsAndTokens => true;

    /// <inheritdoc/>
    public override HyperparameterOptimum At(double parameters, double tokens, double flops) => _forms.At(parameters, tokens);
}
