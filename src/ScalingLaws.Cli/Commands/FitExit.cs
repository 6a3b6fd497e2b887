using ScalingLaws.Fitting;

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
}
