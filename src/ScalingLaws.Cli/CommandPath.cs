using System.CommandLine.Parsing;

namespace ScalingLaws.Cli;

/// <summary>"scaling curve temporal": the command that was run and its parents, so that a message points to the right help.</summary>
internal static class CommandPath
{
    public static string Of(CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current is not null; current = current.Parent as CommandResult)
            names.Add(current.Command is RootCommand ? "scaling" : current.Command.Name);
        names.Reverse();
        return string.Join(" ", names);
    }
}
