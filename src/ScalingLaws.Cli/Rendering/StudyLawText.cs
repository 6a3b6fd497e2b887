using System.Globalization;
using ScalingLaws.Cli.Commands.Study;

namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// A study summary's law fit in words: what it is fitted to, the 'scaling fit' command that makes the same fit (the
/// options its advice names are that command's), and why a missing one is missing, with what would supply it.
/// </summary>
internal static class StudyLawText
{
    public static string Analysis(StudyLawFit law) => law.Kind switch
    {
        StudyFitKind.Checkpoints => "intermediate checkpoints",
        StudyFitKind.LastCheckpoints => "last checkpoint of each run",
        _ => "last checkpoint of each run, E fixed at the Bayes floor",
    };

    // The guide's cut is strict, so the fit that reproduces it filters with tokens>CUT, not --min-tokens (which keeps a row at CUT).
    public static string Command(StudyLawFit law) =>
        $"scaling fit {law.Table.Source}"
        + (law.TokenCut is { } cut ? $" --where \"tokens>{Quantity.Format(cut)}\"" : "")
        + (law.FixedE is { } e ? $" --fix E={e.ToString("G6", CultureInfo.InvariantCulture)}" : "");

    /// <summary>Why the fit is missing, or null when it is not; <paramref name="floor"/> is the data's Bayes loss, when known.</summary>
    public static string? Missing(StudyLawFit law, double? floor)
    {
        var what = law.Kind == StudyFitKind.Checkpoints ? "checkpoints above the early cut" : "runs";
        return law.Shortfall switch
        {
            StudyFitShortfall.TooFewRows =>
                $"too few {what} for the {law.FreeParameters}-parameter law ({law.Table.Count}): {TooFewRemedy(law, law.FixedE is null ? floor : null)}.",
            StudyFitShortfall.OneModelSize => $"one model size among the {what}, so A and alpha cannot be identified: train a second size.",
            StudyFitShortfall.OneTokenCount => $"one token count among the {what}, so B and beta cannot be identified: train a second token budget.",
            _ => law.Problem is { } problem ? AdviceElsewhere.Worded(problem, "fit") : null,
        };
    }

    private static string TooFewRemedy(StudyLawFit law, double? floor)
    {
        if (law.Kind == StudyFitKind.Checkpoints)
            return "keep more checkpoints per run ('scaling study run --checkpoints'), or train more runs";
        if (floor is not { } e)
            return "fit fewer parameters, or train more runs";
        var (rows, free) = (law.Table.Count, law.FreeParameters);
        var fixedE = rows == free - 1 ? ", as the next fit does" : $", though {rows} runs still cannot determine the other {free - 1}";
        return $"fix E to the synthetic language's floor (the exact Bayes loss, {Numbers.Value(e)}){fixedE}; or fit fewer parameters; or train more runs";
    }
}
