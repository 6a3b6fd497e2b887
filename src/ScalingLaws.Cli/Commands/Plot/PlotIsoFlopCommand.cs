using ScalingLaws.Plotting;

namespace ScalingLaws.Cli.Commands.Plot;

/// <summary><c>scaling plot isoflop</c>: loss against N per compute budget with each parabola and its minimum (Approach 2).</summary>
internal static class PlotIsoFlopCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        var grouping = new BudgetOptions();
        var figure = new FigureOptions(console);
        var command = new Command("isoflop", "IsoFLOP profiles: loss against model size per compute budget, with the fitted parabolas and minima.\n\nExample:\n  scaling plot isoflop runs.csv --budgets 6e18,1e19,3e19 --out isoflop.png")
        {
            reading, grouping, figure
        };
        return figure.Draws(command, (parse, _) =>
        {
            var runs = reading.Load(parse);
            var result = BudgetOptions.Run(grouping.CreateAnalysis(parse), runs);
            var profiles = result.Budgets.Select(IsoFlopProfilePlotData.From).ToList();
            return figure.Save(parse, ScalingPlots.IsoFlopProfiles(profiles, parse.GetValue(figure.Title)), runs);
        });
    }
}
