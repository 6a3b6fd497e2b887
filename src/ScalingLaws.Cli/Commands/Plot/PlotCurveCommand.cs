using ScalingLaws.Plotting;

namespace ScalingLaws.Cli.Commands.Plot;

/// <summary>
/// <c>scaling plot curve</c>: observed against predicted loss curves for a loss-curve law fitted with the same options as
/// <c>scaling curve fit</c>, the fitted window shaded and the learning-rate schedules beneath.
/// </summary>
internal static class PlotCurveCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new CurveDataOptions();
        var law = new CurveLawOptions();
        var figure = new FigureOptions(console);
        var command = new Command("curve",
            "Observed and predicted loss curves, the fitted window shaded, the learning-rate schedule beneath.\n\n" +
            "Example:\n  scaling plot curve --dataset multipower-400M --law multipower --out mpl.png\n  scaling plot curve runs.csv --law tissue --fit-fraction 0.3 --out run.svg")
        {
            data, law, figure
        };
        return figure.Draws(command, (parse, cancellation) =>
        {
            var chosen = law.Create(parse);
            var (source, curves, protocol, fitting) = data.Load(parse);
            var tasks = protocol?.Tasks(curves) ?? [new CurveTask(source, curves, [])];
            var runs = tasks.SelectMany(t => LossCurvePlotRun.From(CurveOutcome.Run(chosen, t, fitting, cancellation))).ToList();
            return figure.Save(parse, ScalingPlots.LossCurves(chosen.Name, runs, parse.GetValue(figure.Title)));
        });
    }
}
