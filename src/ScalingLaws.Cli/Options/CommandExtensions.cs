namespace ScalingLaws.Cli.Options;

/// <summary>Adding options to a command: an <see cref="IOptionGroup"/> in a collection initializer, and a group's own in one call.</summary>
internal static class CommandExtensions
{
    public static void Add(this Command command, IOptionGroup group) => group.AddTo(command);

    /// <summary>Adds options and arguments in the order given, which is their order in the help.</summary>
    public static void AddAll(this Command command, params IEnumerable<Symbol> symbols)
    {
        foreach (var symbol in symbols)
        {
            if (symbol is Argument argument)
                command.Arguments.Add(argument);
            else
                command.Options.Add((Option)symbol);
        }
    }
}
