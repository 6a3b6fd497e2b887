using ScalingLaws.Cli.Commands.Plot;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling plot</c>: the figures of a study, one subcommand per figure under Commands/Plot/.</summary>
internal static class PlotCommand
{
    public static Command Create(CliConsole console) => new Command("plot", "Draw a figure as PNG, SVG or PDF.\n\nExample:\n  scaling plot isoloss --law-file fit.json runs.csv --out isoloss.png")
    {
        PlotIsoFlopCommand.Create(console), PlotIsoLossCommand.Create(console), PlotFrontierCommand.Create(console),
        PlotFitCommand.Create(console), PlotAreCommand.Create(console), PlotPositionsCommand.Create(console), PlotCurveCommand.Create(console),
        PlotBacktestCommand.Create(console), PlotDownstreamCommand.Create(console),
    };
}
