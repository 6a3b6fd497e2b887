using ScalingLaws.Downstream;

namespace ScalingLaws.IO.Downstream;

/// <summary>Why a task cannot be predicted, in one sentence, for every front end.</summary>
public static class VerdictText
{
    /// <summary>Why a task is not predictable, as one sentence; null when it is.</summary>
    public static string? Describe(TaskVerdict? verdict) => verdict switch
    {
        null => null,
        AtChance a => $"cannot be predicted from these runs: {a.RowsAbove} of {a.Rows} fitted scores stand {Predictability.Sigmas:0} standard errors above chance ({a.RowsAbove switch { _ when a.RowsAbove >= a.Required => "enough", _ => $"{a.Required} needed" }}) " +
            $"and the fitted law rises {Number(a.LawRise)} standard errors above it ({Predictability.Sigmas:0} needed); standard errors {Noise(a.Noise)}",
        ChanceAtOrAboveScores c => $"cannot be predicted: every score is at or below the chance level {Number(c.Chance)} (best {Number(c.BestScore)})",
        FlatScores f => $"cannot be predicted: every score is {Number(f.Score)}, so there is no rise to fit",
        RecordedVerdict r => r.Text,
        _ => verdict.ToString(),
    };

    /// <summary>The noise source in words.</summary>
    public static string Noise(NoiseSource noise) => noise switch
    {
        NoiseSource.ReportedStandardError => "as reported",
        NoiseSource.Binomial => "binomial, from the number of questions",
        _ => "from the scatter around the law (no stderr column or question count)",
    };

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
