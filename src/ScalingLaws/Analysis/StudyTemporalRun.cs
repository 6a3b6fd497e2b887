using ScalingLaws.Temporal;

namespace ScalingLaws.Analysis;

/// <summary>
/// The per-position analysis of one finished run of a study, with the temporal code: the hyperbolic and power
/// position laws' pooled R² over checkpoints, whether positions learn uniformly (the spread of the relative
/// loss reduction across positions, whole run), and the temporal law fitted on the first half of the checkpoints
/// predicting the second half's sequence loss.
/// </summary>
/// <param name="Run">The run's name.</param>
/// <param name="HyperbolicR2">The hyperbolic position law's pooled R².</param>
/// <param name="PowerR2">The power position law's pooled R².</param>
/// <param name="UniformCv">The coefficient of variation of the relative loss reduction across positions; NaN when undefined.</param>
/// <param name="PredictionMre">The forecast's mean relative error on the held-out checkpoints, or null when the temporal law was not fitted.</param>
/// <param name="PredictionMaxRe">The forecast's largest relative error, or null.</param>
/// <param name="Problem">Why the temporal law was not fitted, or null.</param>
public sealed record StudyTemporalRun(
    string Run, double HyperbolicR2, double PowerR2, double UniformCv, double? PredictionMre, double? PredictionMaxRe, ScalingLawsException? Problem)
{
    /// <summary>The share of the checkpoints the temporal law is fitted on.</summary>
    public const double FitFraction = 0.5;

    /// <summary>The analysis of <paramref name="run"/>.</summary>
    public static StudyTemporalRun Of(PositionLosses run, CancellationToken cancellation = default)
    {
        var positions = PositionComparison.Of(run, cancellation: cancellation);
        var cv = positions.Learning.Overall?.CoefficientOfVariation ?? double.NaN;
        var summary = new StudyTemporalRun(run.Run, positions.Hyperbolic.R2, positions.Power.R2, cv, null, null, null);
        try
        {
            var prediction = new TemporalFitter(FitFraction).Fit(run, cancellation).SequencePrediction;
            return summary with { PredictionMre = prediction.Mre, PredictionMaxRe = prediction.MaxRe };
        }
        catch (ScalingLawsException problem)
        {
            return summary with { Problem = problem };
        }
    }
}
