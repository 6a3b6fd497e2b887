using ScalingLaws.Temporal;
using ScalingLaws.Training.Store;

namespace ScalingLaws.Cli.Commands.Study;

/// <summary>
/// The per-position analysis of each finished run of a study, with the temporal code: the hyperbolic and power
/// position laws' pooled R² over checkpoints, whether positions learn uniformly (the spread of the relative
/// loss reduction across positions, whole run), and the temporal law fitted on the first half of the checkpoints
/// predicting the second half's sequence loss.
/// </summary>
internal sealed record TemporalSummary(string Run, double HyperbolicR2, double PowerR2, double UniformCv, double? PredictionMre, double? PredictionMaxRe, string? Note)
{
    public const double FitFraction = 0.5;

    public static IReadOnlyList<TemporalSummary> Of(string directory, CancellationToken cancellation) =>
        [.. StudyDirectory.FinishedLogs(directory).Select(log => ForRun(StudyDirectory.RunPositionsFile(directory, log.Run), cancellation))];

    private static TemporalSummary ForRun(string file, CancellationToken cancellation)
    {
        var run = PositionLossReader.Read(file)[0];
        var positions = PositionComparison.Of(run, cancellation: cancellation);
        var cv = positions.Learning.Overall?.CoefficientOfVariation ?? double.NaN;
        try
        {
            var forecast = new TemporalFitter(FitFraction).Fit(run, cancellation);
            var prediction = forecast.SequencePrediction;
            return new(run.Run, positions.Hyperbolic.R2, positions.Power.R2, cv, prediction.Mre, prediction.MaxRe, null);
        }
        catch (ScalingLawsException e)
        {
            return new(run.Run, positions.Hyperbolic.R2, positions.Power.R2, cv, null, null, AdviceElsewhere.Worded(e, "curve temporal"));
        }
    }
}
