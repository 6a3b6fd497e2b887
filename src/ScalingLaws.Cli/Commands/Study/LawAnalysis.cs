using System.Globalization;
using ScalingLaws.Training.Store;

namespace ScalingLaws.Cli.Commands.Study;

/// <summary>
/// One Chinchilla-law fit of a study summary: what it is fitted to, and the fit, or why the runs do not
/// support it (<see cref="Missing"/>). A study that cannot support a fit is a finding, not an error.
/// </summary>
/// <param name="Analysis">What the fit is, e.g. "intermediate checkpoints".</param>
/// <param name="FixedE">E held at the data's exact Bayes floor, when this fit holds it.</param>
/// <param name="Command">The 'scaling fit' command that makes the same fit: the options its advice names are that command's.</param>
internal sealed record LawAnalysis(string Analysis, ObservationTable Table, double? FixedE, FitResult? Fit, string? Missing, string Command)
{
    public const string Checkpoints = "intermediate checkpoints";
    public const string LastCheckpoints = "last checkpoint of each run";
    public const string LastCheckpointsFixedE = "last checkpoint of each run, E fixed at the Bayes floor";

    public RunIndex Runs => RunIndex.Of(Table);

    /// <summary>
    /// The fits a study supports, in order: every checkpoint above the scaled early cut (the estimation
    /// guide's way), the last checkpoint of each run, and, when that has one run too few and the floor is
    /// known, the same with E fixed at the floor.
    /// </summary>
    public static IReadOnlyList<LawAnalysis> Of(string directory, StudyManifest manifest, CancellationToken cancellation)
    {
        var results = TableReader.Read(Path.Combine(directory, StudyDirectory.ResultsFile));
        var longest = results.Rows.Max(r => r.Tokens);
        var cut = CheckpointCut.For(longest);
        var all = TableReader.Read(Path.Combine(directory, StudyDirectory.CheckpointsFile));
        // The guide's cut is strict, so the fit that reproduces it filters with tokens>CUT, not --min-tokens (which keeps a row at CUT).
        var checkpoints = all.Where(r => r.Tokens > cut, CheckpointCut.Describe(longest, all.Rows.Count(r => r.Tokens <= cut)));
        var floor = manifest.BayesLoss;
        var last = Attempt(LastCheckpoints, results, null, floor, $"scaling fit {results.Source}", cancellation);
        LawAnalysis[] analyses =
        [
            Attempt(Checkpoints, checkpoints, null, floor, $"scaling fit {checkpoints.Source} --where \"tokens>{Quantity.Format(cut)}\"", cancellation),
            last,
        ];
        return last.Missing is not null && floor is { } e && results.Count == ChinchillaLaw.Instance.ParameterCount - 1
            ? [.. analyses, Attempt(LastCheckpointsFixedE, results, e, floor, $"{last.Command} --fix E={e.ToString("G6", CultureInfo.InvariantCulture)}", cancellation)]
            : analyses;
    }

    private static LawAnalysis Attempt(string analysis, ObservationTable table, double? fixedE, double? floor, string command, CancellationToken cancellation)
    {
        var free = ChinchillaLaw.Instance.ParameterCount - (fixedE is null ? 0 : 1);
        if (Unsupported(analysis, table, free, fixedE is null ? floor : null) is { } reason)
            return new LawAnalysis(analysis, table, fixedE, null, reason, command);
        var options = fixedE is { } floorE ? FitOptions.Default with { Constraints = ParameterConstraints.None.Fix("E", floorE) } : FitOptions.Default;
        try
        {
            return new LawAnalysis(analysis, table, fixedE, new LawFitter(ChinchillaLaw.Instance, options).Fit(table, cancellation), null, command);
        }
        catch (ScalingLawsException e) when (e is not DataFileException)
        {
            return new LawAnalysis(analysis, table, fixedE, null, AdviceElsewhere.Worded(e, "fit"), command);
        }
    }

    // Checked before fitting, so that each missing fit says what the study lacks and what would supply it.
    private static string? Unsupported(string analysis, ObservationTable table, int free, double? floor)
    {
        var what = analysis == Checkpoints ? "checkpoints above the early cut" : "runs";
        if (table.Count < free)
            return $"too few {what} for the {free}-parameter law ({table.Count}): {TooFewRemedy(analysis, table.Count, free, floor)}.";
        if (table.Rows.Select(r => r.Params).Distinct().Count() < 2)
            return $"one model size among the {what}, so A and alpha cannot be identified: train a second size.";
        return table.Rows.Select(r => r.Tokens).Distinct().Count() < 2
            ? $"one token count among the {what}, so B and beta cannot be identified: train a second token budget."
            : null;
    }

    private static string TooFewRemedy(string analysis, int rows, int free, double? floor)
    {
        if (analysis == Checkpoints)
            return "keep more checkpoints per run ('scaling study run --checkpoints'), or train more runs";
        if (floor is not { } e)
            return "fit fewer parameters, or train more runs";
        var fixedE = rows == free - 1 ? ", as the next fit does" : $", though {rows} runs still cannot determine the other {free - 1}";
        return $"fix E to the synthetic language's floor (the exact Bayes loss, {Numbers.Value(e)}){fixedE}; or fit fewer parameters; or train more runs";
    }
}
