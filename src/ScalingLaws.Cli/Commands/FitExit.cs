namespace ScalingLaws.Cli.Commands;

/// <summary>
/// The exit code of a finished fit: 0 when the result is usable, <see cref="Unusable"/> when it is not (the best start
/// did not converge), and under --strict <see cref="Warnings"/> when it is usable but has warnings.
/// </summary>
internal static class FitExit
{
    public const int Warnings = 3;
    public const int Unusable = 4;

    public static int Code(FitStatus status, int diagnostics, bool strict) =>
        !status.IsUsable() ? Unusable
        : strict && (status != FitStatus.Converged || diagnostics > 0) ? Warnings
        : 0;

    /// <summary>A loss-curve fit's status and how many warnings it prints: the engine's diagnostics and the bootstrap's.</summary>
    public static (FitStatus Status, int Diagnostics) Of(CurveOutcome outcome) =>
        (outcome.Fit.Status, outcome.Fit.Diagnostics.Length + CurveFitView.BootstrapWarnings(outcome.Bootstrap).Count());

    /// <summary>The worst code of several fits reported together (e.g. one per run).</summary>
    public static int Code(IEnumerable<(FitStatus Status, int Diagnostics)> fits, bool strict) =>
        fits.Select(f => Code(f.Status, f.Diagnostics, strict)).DefaultIfEmpty(0).Max();

    /// <summary>
    /// For reports over many fits where one unusable fit is a finding, not a failure (a comparison of laws, the
    /// checkpoints of a run): 0, or under --strict <see cref="Warnings"/> when any fit is not cleanly converged.
    /// </summary>
    public static int StrictOnly(IEnumerable<(FitStatus Status, int Diagnostics)> fits, bool strict) =>
        strict && fits.Any(f => f.Status != FitStatus.Converged || f.Diagnostics > 0) ? Warnings : 0;
}
