namespace ScalingLaws.Cli;

/// <summary>The <c>scaling</c> command: one file per subcommand under Commands/.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, SystemConsole.Create());

    /// <summary>Runs one command line, writing to <paramref name="console"/>: the process's own, or a test's.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var parse = BuildRoot(console).Parse(args);
        var swallowed = parse.Errors.Count == 0 ? UnknownName.Swallowed(parse, args) : null;
        if (parse.Errors.Count == 0 && swallowed is null)
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
        // One line, like every other error, instead of the parser's message followed by the whole help.
        var command = parse.CommandResult.Command;
        var message = swallowed ?? UnknownName.Describe(parse, args) ?? ParserMessage.Readable(parse.Errors[0].Message.ReplaceLineEndings(" ").TrimEnd('.'), args, parse.CommandResult);
        if (command.Arguments.Count > 0 && message.StartsWith("Required argument missing", StringComparison.Ordinal))
            message = $"missing {string.Join(" ", command.Arguments.Select(a => a.Name))}";
        console.Error.WriteLine($"error: {message}; see '{CommandPath.Of(parse.CommandResult)} --help'.");
        return CommandRunner.InputError;
    }

    public static RootCommand BuildRoot(CliConsole console)
    {
        var root = new RootCommand("scaling: fit scaling laws to training runs and predict the loss of models not yet trained.");
        root.Subcommands.Add(FitCommand.Create(console));
        root.Subcommands.Add(PredictCommand.Create(console));
        root.Subcommands.Add(BacktestCommand.Create(console));
        root.Subcommands.Add(OptimalCommand.Create(console));
        root.Subcommands.Add(InferenceCommand.Create(console));
        root.Subcommands.Add(HparamsCommand.Create(console));
        root.Subcommands.Add(FlopsCommand.Create(console));
        root.Subcommands.Add(IsoFlopCommand.Create(console));
        root.Subcommands.Add(EnvelopeCommand.Create(console));
        root.Subcommands.Add(PlotCommand.Create(console));
        root.Subcommands.Add(DatasetsCommand.Create(console));
        root.Subcommands.Add(EvaluateCommand.Create(console));
        root.Subcommands.Add(FindingsCommand.Create(console));
        root.Subcommands.Add(PlanCommand.Create(console));
        root.Subcommands.Add(CurveCommand.Create(console));
        root.Subcommands.Add(DownstreamCommand.Create(console));
        root.Subcommands.Add(StudyCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(DemoCommand.Create(console));
        ProductVersion.Configure(root);
        return root;
    }
}
