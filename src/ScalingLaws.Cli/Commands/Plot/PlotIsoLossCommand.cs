using ScalingLaws.Plotting;

namespace ScalingLaws.Cli.Commands.Plot;

/// <summary><c>scaling plot isoloss</c>: IsoLoss contours over (N, D) with the efficient frontier, IsoFLOP lines and, given FILE, the runs.</summary>
internal static class PlotIsoLossCommand
{
    public static Command Create(CliConsole console)
    {
        var laws = new LawOptions();
        var reading = new ReadingOptions(optional: true);
        var figure = new FigureOptions(console);
        var levels = ValueList.Create("--levels", "Loss levels of the contours in nats, e.g. 2.2 2.5 3.0 (default: the optimal loss at each budget).");
        var budgets = ValueList.Create("--budgets", "Compute budgets for IsoFLOP lines, e.g. 1e19 1e21 (default: decades spanning the runs).");
        var command = new Command("isoloss", "IsoLoss contours of a Chinchilla law with the efficient frontier.\n\nExample:\n  scaling plot isoloss --law-file fit.json runs.csv --out isoloss.svg")
        {
            laws, reading, levels, budgets, figure
        };
        return figure.Draws(command, (parse, _) =>
        {
            var (_, law, _) = laws.OpenChinchilla(parse, "plot isoloss");
            var runs = reading.LoadIfGiven(parse);
            var plot = ScalingPlots.IsoLossContours(
                law, NullIfEmpty(ValueList.Measures(parse, levels, OptionValues.Positive)), NullIfEmpty(ValueList.Amounts(parse, budgets, OptionValues.Positive)),
                runs?.Rows, parse.GetValue(figure.Title));
            return figure.Save(parse, plot, runs);
        });
    }

    // A level or budget given twice is drawn once.
    private static double[]? NullIfEmpty(double[] values) => values.Length == 0 ? null : [.. values.Distinct()];
}
