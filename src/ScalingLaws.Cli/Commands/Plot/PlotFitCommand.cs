using ScalingLaws.Plotting;

namespace ScalingLaws.Cli.Commands.Plot;

/// <summary>
/// <c>scaling plot fit</c>: predicted against observed loss, for a law fitted here with the same
/// options as <c>scaling fit</c>, or for a saved law (<c>--law-file</c>).
/// </summary>
internal static class PlotFitCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        var setting = new FitSettingOptions();
        var lawFile = new Option<string?>("--law-file") { Description = "Plot a law saved by 'scaling fit --out' instead of fitting one." };
        var figure = new FigureOptions(console);
        var command = new Command("fit", "Predicted against observed loss.\n\nExample:\n  scaling plot fit runs.csv --drop-highest-loss 5 --out fit.png")
        {
            reading, setting, lawFile, figure
        };
        return figure.Draws(command, (parse, cancellation) =>
        {
            var table = reading.Load(parse);
            PredictedVsObservedPlotData data;
            if (parse.GetValue(lawFile) is { } path)
            {
                var (law, values, _) = LawFile.Open(LawFile.Read(path), path);
                data = PredictedVsObservedPlotData.From(law, values, table);
            }
            else
            {
                var fit = setting.CreateFitter(parse).Fit(table, cancellation);
                data = PredictedVsObservedPlotData.From(fit, table);
            }
            return figure.Save(parse, ScalingPlots.PredictedVsObserved(data, parse.GetValue(figure.Title)), table);
        });
    }
}
