namespace ScalingLaws.Cli.Rendering;

/// <summary>
/// The warning line when <c>--out</c> is not written because the fit is not usable: a law file that every reader refuses
/// (its status says the values are not a minimum) would only move the failure to the next command.
/// </summary>
internal static class UnsavedFit
{
    public static string Warning(string target, string statusWords) =>
        $"warning: --out {target} not written: the fit is not usable ({statusWords}), so its values are no law to predict from; act on the status and fit again.";
}
