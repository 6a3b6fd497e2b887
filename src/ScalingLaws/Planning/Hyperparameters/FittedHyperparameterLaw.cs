using System.Globalization;

namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>Step Law's forms with the constants of a sweep fitted here (<see cref="HyperparameterSweepFit"/>).</summary>
public sealed class FittedHyperparameterLaw(HyperparameterSweepFit fit, string source) : HyperparameterLaw
{
    /// <summary>The sweep fit behind the law.</summary>
    public HyperparameterSweepFit Fit { get; } = fit;

    /// <inheritdoc/>
    public override string Name => "fitted";

    /// <inheritdoc/>
    public override string Formula => string.Create(CultureInfo.InvariantCulture,
        $"lr = {Fit.LearningRate.Scale:G4}·N^{Fit.LearningRate.Exponents[0]:G4}·D^{Fit.LearningRate.Exponents[1]:G4}, batch = {Fit.Batch.Scale:G4}·D^{Fit.Batch.Exponents[0]:G4} tokens");

    /// <inheritdoc/>
    public override string Source { get; } = source;

    /// <inheritdoc/>
    public override bool NeedsParamsAndTokens => true;

    /// <inheritdoc/>
    public override HyperparameterOptimum At(double parameters, double tokens, double flops) => new(
        Fit.LearningRate.Scale * Math.Pow(parameters, Fit.LearningRate.Exponents[0]) * Math.Pow(tokens, Fit.LearningRate.Exponents[1]),
        Fit.Batch.Scale * Math.Pow(tokens, Fit.Batch.Exponents[0]));
}
