namespace ScalingLaws.Cli.Options;

/// <summary><c>--strict</c>: a usable fit with any warning exits with <see cref="FitExit.Warnings"/>, for scripts.</summary>
internal static class StrictOption
{
    public static Option<bool> Create(string warnings) => new("--strict")
    {
        Description = $"Exit with {FitExit.Warnings} when {warnings}, for scripts.",
    };
}
