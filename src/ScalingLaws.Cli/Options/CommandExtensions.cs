namespace ScalingLaws.Cli.Options;

/// <summary>
/// Building a command: an <see cref="IOptionGroup"/> in a collection initializer, a group's own options in one call, and
/// the action every command runs the same way.
/// </summary>
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

    /// <summary>
    /// Sets the command's action to <paramref name="body"/>, run by <see cref="CommandRunner"/> so that any failure is one
    /// line and an exit code, and returns the command.
    /// </summary>
    public static Command Runs(this Command command, CliConsole console, Func<ParseResult, CancellationToken, int> body)
    {
        command.SetAction(parse => CommandRunner.Run(console, cancellation => body(parse, cancellation)));
        return command;
    }
}
