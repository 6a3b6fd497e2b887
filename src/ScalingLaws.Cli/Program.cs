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
        var help = command is RootCommand ? "scaling --help" : $"scaling {command.Name} --help";
        var message = parse.Errors[0].Message.ReplaceLineEndings(" ").TrimEnd('.');
        if (command.Arguments.Count > 0 && message.StartsWith("Required argument missing", StringComparison.Ordinal))
            message = $"missing {string.Join(" ", command.Arguments.Select(a => a.Name))}";
        Console.Error.WriteLine($"error: {message}; see '{help}'.");
        return CommandRunner.InputError;
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("scaling: fit scaling laws to training runs and predict the loss of models not yet trained.");
        root.Subcommands.Add(FitCommand.Create());
        root.Subcommands.Add(PredictCommand.Create());
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
