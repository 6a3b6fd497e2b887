using System.CommandLine;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// An option spelt differently by an earlier version: hidden from help, it refuses with one line giving the
/// new name, so that a script written for that version fails clearly rather than being misread.
/// </summary>
internal static class RenamedOption
{
    public static void Add(Command command, string old, string current)
    {
        var option = new Option<string[]>(old) { Hidden = true, Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = true };
        command.Options.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is not null)
                result.AddError($"{old} is now spelt {current}, the name the other commands use for the same thing");
        });
    }
}
