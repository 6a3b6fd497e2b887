using System.Globalization;

namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// Step Law's forms lr* = k·N^p·D^q and batch* = b·D^r tokens with one set of constants: the published ones
/// (<see cref="StepLaw"/>) or a sweep's fit (<see cref="FittedHyperparameterLaw"/>).
/// </summary>
internal sealed record StepLawForms(double LearningRateScale, double ParamsExponent, double TokensExponent, double BatchScale, double BatchTokensExponent)
{
    /// <summary>The forms with their constants to 4 significant figures, for the output.</summary>
    public string Formula => string.Create(CultureInfo.InvariantCulture,
        $"lr = {LearningRateScale:G4}·N^{ParamsExponent:G4}·D^{TokensExponent:G4}, batch = {BatchScale:G4}·D^{BatchTokensExponent:G4} tokens");

    /// <summary>The optimum for a run of <paramref name="parameters"/> trained on <paramref name="tokens"/>.</summary>
    public HyperparameterOptimum At(double parameters, double tokens) => new(
        LearningRateScale * Math.Pow(parameters, ParamsExponent) * Math.Pow(tokens, TokensExponent),
        BatchScale * Math.Pow(tokens, BatchTokensExponent));
}
