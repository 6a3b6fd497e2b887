using ScalingLaws.Plotting;

namespace ScalingLaws.Cli.Commands.Plot;

/// <summary>
/// <c>scaling plot frontier</c>: observed loss against compute with the law's compute-optimal frontier L*(C), and its 95%
/// band when the law file holds a bootstrap.
/// </summary>
internal static class PlotFrontierCommand
{
    public static Command Create(CliConsole console)
    {
        var laws = new LawOptions();
        var reading = new ReadingOptions();
        var figure = new FigureOptions(console);
        var command = new Command("frontier", "Loss against compute, with the compute-optimal frontier of a Chinchilla law.\n\nExample:\n  scaling plot frontier runs.csv --law-file fit.json --out frontier.png")
        {
            reading, laws, figure
        };
        return figure.Draws(command, (parse, _) =>
        {
            var (_, law, bootstrap) = laws.OpenChinchilla(parse, "plot frontier");
            var spread = bootstrap is null ? null : new AllocationUncertainty(bootstrap); // a law file with a bootstrap adds the 95% band
            var runs = reading.Load(parse);
            return figure.Save(parse, ScalingPlots.LossVsCompute(runs.Rows, law, parse.GetValue(figure.Title), spread), runs);
        });
    }
}
