namespace ScalingLaws.Cli.Options;

/// <summary>
/// An option spelt differently by an earlier version: hidden from help, it refuses with one line giving the
/// new name, so that a script written for that version fails clearly rather than being misread. A spelling an issue
/// or a published interface used (<see cref="Accept"/>) still works, read as the new name, with a one-line note.
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

    /// <summary>Whether the old spelling still works (read as <see cref="Current"/>) instead of being refused.</summary>
    public bool Accepted { get; private init; }

    /// <summary>The note a command prints when the old spelling was used, e.g. on standard error.</summary>
    public string Note => $"note: {Name} is now spelt {Current}; read as {Current}.";

    /// <summary>An old spelling that still works: the command reads its value with <see cref="OldValue"/> and prints <see cref="Note"/>.</summary>
    public static RenamedOption Accept(Command command, string old, string current)
    {
        var option = new RenamedOption(old, current) { Accepted = true };
        command.Options.Add(option);
        return option;
    }

    /// <summary>The value given under the old spelling, or null; refused when the new spelling was given too.</summary>
    public string? OldValue(ParseResult parse, Option current)
    {
        if (parse.GetValue(this) is not { Length: > 0 } values)
            return null;
        if (values.Length > 1)
            throw new ScalingLawsException($"{Name} takes one value, got {string.Join(" ", values)}.");
        if (parse.GetResult(current) is { Implicit: false })
            throw new ScalingLawsException($"{current.Name} and {Name}, its old spelling, were both given; keep {current.Name}.");
        return values[0];
    }

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
