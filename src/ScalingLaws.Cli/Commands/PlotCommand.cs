using System.CommandLine;
using ScalingLaws.Cli.Commands.Plot;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling plot</c>: the figures of a study, one subcommand per figure under Commands/Plot/.</summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var command = new Command("plot", "Draw a figure as PNG or SVG.\n\nExample:\n  scaling plot isoloss --law-file fit.json runs.csv --out isoloss.png");
        command.Subcommands.Add(PlotIsoFlopCommand.Create());
        command.Subcommands.Add(PlotIsoLossCommand.Create());
        command.Subcommands.Add(PlotFrontierCommand.Create());
        command.Subcommands.Add(PlotFitCommand.Create());
        command.Subcommands.Add(PlotAreCommand.Create());
        command.Subcommands.Add(PlotPositionsCommand.Create());
        command.Subcommands.Add(PlotCurveCommand.Create());
        command.Subcommands.Add(PlotBacktestCommand.Create());
        return command;
    }
}
