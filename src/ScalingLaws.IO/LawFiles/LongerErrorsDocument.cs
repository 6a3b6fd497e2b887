using ScalingLaws.Prediction;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// The error model a law file keeps for predictions at fitted sizes trained longer (<see cref="PredictiveModel.LongerErrors"/>):
/// σ(d) = sqrt(σ0² + (k·d)²) with its 95% multiplier, measured by backtesting the fitted table by run length.
/// </summary>
public sealed record LongerErrorsDocument(double Sigma0, double Slope, double Multiplier, int CutPoints, double Runs)
{
    /// <summary>The document of a measured model.</summary>
    public static LongerErrorsDocument From(ExtrapolationErrorModel model) => new(model.Sigma0, model.Slope, model.Multiplier, model.CutPoints, model.Runs);

    /// <summary>The model, checked as the main one is.</summary>
    public ExtrapolationErrorModel ToModel(string source) =>
        new ExtrapolationErrorModel(Sigma0, Slope, Multiplier, ErrorModelSource.Backtest, CutPoints, Runs) is { IsValid: true } model
            ? model
            : throw new ScalingLawsException($"{source}: the run-length error model (sigma0 {Sigma0}, slope {Slope}, multiplier {Multiplier}) is not valid; refit with 'scaling fit DATA --out FIT.json'.");
}
