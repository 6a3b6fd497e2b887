using System.CommandLine;
using ScalingLaws.Cli.Commands;

namespace ScalingLaws.Cli;

/// <summary>The <c>scaling</c> command: one file per subcommand under Commands/.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ConsoleWidth.Configure();
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count == 0)
            return parse.Invoke();
        // One line, like every other error, instead of the parser's message followed by the whole help.
        var command = parse.CommandResult.Command;
        var message = Readable(parse.Errors[0].Message.ReplaceLineEndings(" ").TrimEnd('.'));
        if (command.Arguments.Count > 0 && message.StartsWith("Required argument missing", StringComparison.Ordinal))
            message = $"missing {string.Join(" ", command.Arguments.Select(a => a.Name))}";
        Console.Error.WriteLine($"error: {message}; see '{CommandPath(parse.CommandResult)} --help'.");
        return CommandRunner.InputError;
    }

    // "scaling curve temporal": the command and its parents, so that the help it points to is the right one.
    private static string CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current is not null; current = current.Parent as System.CommandLine.Parsing.CommandResult)
            names.Add(current.Command is RootCommand ? "scaling" : current.Command.Name);
        names.Reverse();
        return string.Join(" ", names);
    }

    // The parser names .NET types ("as expected type 'System.Nullable`1[System.Double]'"); say what to type instead.
    private static string Readable(string message) => System.Text.RegularExpressions.Regex.Replace(
        message, @"as expected type '([^']*)'", m => m.Groups[1].Value.Contains("Int32") ? "as a whole number" : m.Groups[1].Value.Contains("Double") ? "as a number" : m.Value);

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("scaling: fit scaling laws to training runs and predict the loss of models not yet trained.");
        root.Subcommands.Add(FitCommand.Create());
        root.Subcommands.Add(PredictCommand.Create());
        root.Subcommands.Add(BacktestCommand.Create());
        root.Subcommands.Add(OptimalCommand.Create());
        root.Subcommands.Add(InferenceCommand.Create());
        root.Subcommands.Add(FlopsCommand.Create());
        root.Subcommands.Add(IsoFlopCommand.Create());
        root.Subcommands.Add(EnvelopeCommand.Create());
        root.Subcommands.Add(PlotCommand.Create());
        root.Subcommands.Add(DatasetsCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(FindingsCommand.Create());
        root.Subcommands.Add(PlanCommand.Create());
        root.Subcommands.Add(CurveCommand.Create());
        root.Subcommands.Add(StudyCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        ProductVersion.Configure(root);
        return root;
    }
}
