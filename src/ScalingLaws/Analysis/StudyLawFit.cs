namespace ScalingLaws.Analysis;

/// <summary>
/// One Chinchilla-law fit of a study summary: what it is fitted to, and the fit, or why the runs do not support it
/// (a <see cref="Shortfall"/> found before fitting, or the fitter's <see cref="Problem"/>). A study that cannot support
/// a fit is a finding, not an error.
/// </summary>
/// <param name="Kind">What the fit is fitted to.</param>
/// <param name="Table">The rows fitted, or found too few.</param>
/// <param name="FixedE">E held at the data's exact Bayes floor, when this fit holds it.</param>
/// <param name="TokenCut">The scaled early cut: checkpoints at or below this many tokens are not fitted; null for a fit without it.</param>
/// <param name="Fit">The fit, or null when it is missing.</param>
/// <param name="Shortfall">What the rows lack for the law; null when they have it.</param>
/// <param name="Problem">Why the fitter refused the rows; null when it did not.</param>
public sealed record StudyLawFit(
    StudyFitKind Kind, ObservationTable Table, double? FixedE, double? TokenCut, FitResult? Fit, StudyFitShortfall? Shortfall, ScalingLawsException? Problem)
{
    /// <summary>The runs behind the rows.</summary>
    public RunIndex Runs => RunIndex.Of(Table);

    /// <summary>The parameters the fit estimates: the law's, less E when it is fixed.</summary>
    public int FreeParameters => ChinchillaLaw.Instance.ParameterCount - (FixedE is null ? 0 : 1);

    /// <summary>
    /// The fits a study supports, in order: every checkpoint above the scaled early cut (the estimation
    /// guide's way), the last checkpoint of each run, and, when that has one run too few and the floor is
    /// known, the same with E fixed at the floor.
    /// </summary>
    /// <param name="study">The study's measurements.</param>
    /// <param name="cancellation">Stops the fits.</param>
    public static IReadOnlyList<StudyLawFit> Of(StudyMeasurements study, CancellationToken cancellation = default)
    {
        var (results, all) = (study.Results, study.Checkpoints);
        var longest = results.Rows.Max(r => r.Tokens);
        var cut = CheckpointCut.For(longest);
        // The guide's cut is strict: a checkpoint at the cut is dropped.
        var checkpoints = all.Where(r => r.Tokens > cut, CheckpointCut.Describe(longest, all.Rows.Count(r => r.Tokens <= cut)));
        var last = Attempt(StudyFitKind.LastCheckpoints, results, null, null, cancellation);
        StudyLawFit[] fits = [Attempt(StudyFitKind.Checkpoints, checkpoints, null, cut, cancellation), last];
        return last.Fit is null && study.BayesLoss is { } floor && results.Count == ChinchillaLaw.Instance.ParameterCount - 1
            ? [.. fits, Attempt(StudyFitKind.LastCheckpointsFixedE, results, floor, null, cancellation)]
            : fits;
    }

    private static StudyLawFit Attempt(StudyFitKind kind, ObservationTable table, double? fixedE, double? cut, CancellationToken cancellation)
    {
        var missing = new StudyLawFit(kind, table, fixedE, cut, null, null, null);
        if (ShortfallOf(table, missing.FreeParameters) is { } shortfall)
            return missing with { Shortfall = shortfall };
        var options = fixedE is { } e ? FitOptions.Default with { Constraints = ParameterConstraints.None.Fix("E", e) } : FitOptions.Default;
        try
        {
            return missing with { Fit = new LawFitter(ChinchillaLaw.Instance, options).Fit(table, cancellation) };
        }
        catch (ScalingLawsException problem)
        {
            return missing with { Problem = problem };
        }
    }

    // Checked before fitting, so that each missing fit says what the study lacks.
    private static StudyFitShortfall? ShortfallOf(ObservationTable table, int free) =>
        table.Count < free ? StudyFitShortfall.TooFewRows
        : table.Rows.Select(r => r.Params).Distinct().Count() < 2 ? StudyFitShortfall.OneModelSize
        : table.Rows.Select(r => r.Tokens).Distinct().Count() < 2 ? StudyFitShortfall.OneTokenCount
        : null;
}
