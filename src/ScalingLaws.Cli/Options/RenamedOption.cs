using System.CommandLine;

namespace ScalingLaws.Cli.Options;

/// <summary>
/// An option spelt differently by an earlier version: hidden from help, it refuses with one line giving the
/// new name, so that a script written for that version fails clearly rather than being misread.
/// </summary>
internal sealed class RenamedOption : Option<string[]>
{
    /// <summary>The usual reason for a new name: another command already spells the same thing so.</summary>
    private const string SameThing = "the name the other commands use for the same thing";

    private RenamedOption(string old, string current) : base(old)
    {
        Current = current;
        Hidden = true;
        Arity = ArgumentArity.ZeroOrMore;
        AllowMultipleArgumentsPerToken = true;
    }

    /// <summary>The name that replaced this one, an option of the same command.</summary>
    public string Current { get; }

    public static void Add(Command command, string old, string current, string why = SameThing)
    {
        var option = new RenamedOption(old, current);
        command.Options.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is not null)
                result.AddError($"{old} is now spelt {current}, {why}");
        });
    }
}
