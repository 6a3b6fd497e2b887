namespace ScalingLaws.Cli;

/// <summary>
/// Names the misspelt subcommand or option of a command line the parser refused, with the nearest
/// real name: the parser itself only reports the stray token that follows (e.g. '5' for '--bootstap 5').
/// </summary>
internal static class UnknownName
{
    /// <summary>"unknown option '--bootstap' (did you mean '--bootstrap'?)", or null when no token is unknown.</summary>
    public static string? Describe(ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult.Command;
        var stray = command.Subcommands.Count > 0 ? parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) : null;
        var unknownCommand = $"unknown command '{stray}'{EditDistance.DidYouMean(stray ?? "", command.Subcommands.Select(c => c.Name))}";
        // A misspelt subcommand given right after its group is named before the options after it, which are only unknown to
        // the group ('plot fti runs.csv --out a.svg' was "unknown option '--out'"); elsewhere the stray is more likely the value
        // of an unknown option ('plan --evidence --dataset opt').
        if (stray is not null && parse.UnmatchedTokens[0] == stray && FollowsGroup(args, command.Name, stray))
            return unknownCommand;
        return UnknownOption(parse, args, LooksLikeOption) ?? (stray is null ? null : unknownCommand);
    }

    /// <summary>
    /// An unknown "--name" the parser took without an error as a value of an option of several values ('--tokens 1T --out
    /// x.json' to a command without --out, which would be reported as "'--out' is not a quantity"), or null.
    /// </summary>
    public static string? Swallowed(ParseResult parse, IReadOnlyList<string> args) =>
        UnknownOption(parse, args, token => token.Length > 2 && token.StartsWith("--", StringComparison.Ordinal));

    private static string? UnknownOption(ParseResult parse, IReadOnlyList<string> args, Func<string, bool> looksLikeOption)
    {
        var options = OptionNames(parse.CommandResult).ToHashSet(StringComparer.Ordinal);
        var name = args.Where(looksLikeOption).Select(a => a.Split('=')[0]).FirstOrDefault(a => !options.Contains(a));
        if (name == Quiet && parse.CommandResult.Command.Subcommands.Count == 0)
            return $"{Quiet}: '{CommandPath.Of(parse.CommandResult)}' shows no progress, so there is none for {Quiet} to leave out; leave {Quiet} out";
        return name is null ? null : $"unknown option '{name}'{EditDistance.DidYouMean(name, options)}";
    }

    // Taken by every command that shows progress (a bar while it works); another command names why it has none.
    private const string Quiet = "--quiet";

    private static bool FollowsGroup(IReadOnlyList<string> args, string group, string stray)
    {
        var at = args.ToList().IndexOf(group);
        return at >= 0 && at + 1 < args.Count && args[at + 1] == stray;
    }

    // "--x" or "-x", but not "-" (standard input) or a negative number.
    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !char.IsDigit(token[1]) && token[1] != '.';

    // The options of the command and its parents (System.CommandLine's --help and --version among them).
    private static IEnumerable<string> OptionNames(System.CommandLine.Parsing.CommandResult result)
    {
        for (System.CommandLine.Parsing.SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is not System.CommandLine.Parsing.CommandResult { Command: var command })
                continue;
            foreach (var option in command.Options)
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                    yield return alias;
            }
        }
    }
}
