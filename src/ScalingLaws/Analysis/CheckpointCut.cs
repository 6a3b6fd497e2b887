using ScalingLaws.Estimation;

namespace ScalingLaws.Analysis;

/// <summary>
/// The estimation guide's early-checkpoint cut scaled to a study's size. Choshen et al. (2024) drop
/// checkpoints before 10B tokens of runs about 300B tokens long (GPT-3 and Pythia 300B, OPT 180B): the
/// first 1/30 of the longest run, where warm-up and the early high-loss phase distort the law. A study
/// keeps that proportion: checkpoints at or below its longest run's tokens × 10B / 300B are not fitted.
/// </summary>
public static class CheckpointCut
{
    /// <summary>The length of the runs the guide's 10B-token cut was set on: GPT-3 and Pythia's 300B tokens.</summary>
    public const double GuideRun = 300e9;

    /// <summary>The cut for a study whose longest run is <paramref name="longestRun"/> tokens long: the first 1/30 of it.</summary>
    public static double For(double longestRun) => longestRun * EvaluationSettings.GuideMinTokens / GuideRun;

    /// <summary>The cut scaled to <paramref name="rows"/>' longest run when it lies below <paramref name="cut"/> (a positive cut); else null.</summary>
    public static double? Below(ObservationTable rows, double cut) =>
        cut > 0 && rows.Count > 0 && For(rows.Rows.Max(r => r.Tokens)) is var scaled && scaled < cut ? scaled : null;

    /// <summary>How the cut was set and what it dropped, for the notes of a fit.</summary>
    public static string Describe(double longestRun, int dropped) =>
        $"dropped {QuantityFormat.Counted(dropped, "checkpoint")} at or below {QuantityFormat.Count(For(longestRun))} tokens: the guide's 10B-token cut scaled to this study " +
        $"(longest run {QuantityFormat.Count(longestRun)} tokens × 10B / 300B)";
}
