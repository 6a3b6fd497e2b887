using ScalingLaws.Prediction;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// An error model a law file keeps beside the main one for one direction of excursion: σ(d) = sqrt(σ0² + (k·d)²) with its 95%
/// multiplier, measured by a second backtest of the fitted table: by run length for fitted sizes trained longer
/// (<see cref="PredictiveModel.LongerErrors"/>), by tokens per parameter for runs less trained than any fitted one
/// (<see cref="PredictiveModel.UndertrainedErrors"/>), by compute for runs costlier than any fitted one (<see cref="PredictiveModel.CostlierErrors"/>).
/// </summary>
public sealed record DirectionalErrorsDocument(double Sigma0, double Slope, double Multiplier, int CutPoints, double Runs)
{
    /// <summary>The document of a measured model.</summary>
    public static DirectionalErrorsDocument From(ExtrapolationErrorModel model) => new(model.Sigma0, model.Slope, model.Multiplier, model.CutPoints, model.Runs);

    /// <summary>The model, checked as the main one is; <paramref name="name"/> names it in the refusal (e.g. "run-length"), <paramref name="along"/> is the distance it was measured against.</summary>
    public ExtrapolationErrorModel ToModel(string source, string name, ExtrapolationAxis along = ExtrapolationAxis.Scale) =>
        new ExtrapolationErrorModel(Sigma0, Slope, Multiplier, ErrorModelSource.Backtest, CutPoints, Runs) { Along = along } is { IsValid: true } model
            ? model
            : throw new ScalingLawsException($"{source}: the {name} error model (sigma0 {QuantityFormat.Constant(Sigma0)}, slope {QuantityFormat.Constant(Slope)}, multiplier {QuantityFormat.Constant(Multiplier)}, cutPoints {CutPoints}, runs {QuantityFormat.Constant(Runs)}) is not valid; refit with 'scaling fit DATA --out FIT.json'.");
}
