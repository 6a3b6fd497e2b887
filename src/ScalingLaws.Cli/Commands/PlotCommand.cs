using System.CommandLine;
using ScalingLaws.Cli.Commands.Plot;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling plot</c>: the figures of a study, one subcommand per figure under Commands/Plot/.</summary>
internal static class PlotCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("plot", "Draw a figure as PNG, SVG or PDF.\n\nExample:\n  scaling plot isoloss --law-file fit.json runs.csv --out isoloss.png");
        command.Subcommands.Add(PlotIsoFlopCommand.Create(console));
        command.Subcommands.Add(PlotIsoLossCommand.Create(console));
        command.Subcommands.Add(PlotFrontierCommand.Create(console));
        command.Subcommands.Add(PlotFitCommand.Create(console));
        command.Subcommands.Add(PlotAreCommand.Create(console));
        command.Subcommands.Add(PlotPositionsCommand.Create(console));
        command.Subcommands.Add(PlotCurveCommand.Create(console));
        command.Subcommands.Add(PlotBacktestCommand.Create(console));
        command.Subcommands.Add(PlotDownstreamCommand.Create(console));
        return command;
    }
}
