namespace ScalingLaws.Cli.Commands.Study;

/// <summary>
/// A core message inside a study summary. The summary has none of the options the core's advice points to,
/// so each is named with the command that has it, e.g. "scaling fit's --fix".
/// </summary>
internal static class AdviceElsewhere
{
    public static string Worded(ScalingLawsException exception, string command) =>
        exception.Describe(setting => $"scaling {command}'s {SettingFlags.Flag(setting)}");
}
