using ScalingLaws.Plotting;
using ScalingLaws.Temporal;

namespace ScalingLaws.Cli.Commands.Plot;

/// <summary><c>scaling plot positions FILE</c>: per-position loss at several checkpoints with the fitted hyperbolas.</summary>
internal static class PlotPositionsCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new PositionFileOptions();
        var checkpoints = new Option<int>("--checkpoints") { Description = "How many checkpoints to draw, evenly spread from the first to the last.", DefaultValueFactory = _ => 5 };
        var figure = new FigureOptions(console);
        var command = new Command("positions", "Per-position loss at several checkpoints with the fitted L_i = a0/(1 + a1·i) + a2, position on a log axis.\n\nExample:\n  scaling plot positions positions.csv --out positions.png")
        {
            file, checkpoints, figure
        };
        return figure.Draws(command, (parse, cancellation) =>
        {
            var run = file.Load(parse);
            var fits = PositionComparison.Of(run, cancellation: cancellation).Checkpoints.Select(c => c.Hyperbolic).ToList();
            var data = PositionLossPlotData.From(run, fits, parse.GetValue(checkpoints));
            return figure.Save(parse, ScalingPlots.PositionLosses(data, parse.GetValue(figure.Title)));
        });
    }
}
