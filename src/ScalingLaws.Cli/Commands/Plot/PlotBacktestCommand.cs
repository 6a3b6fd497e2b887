using ScalingLaws.Plotting;

namespace ScalingLaws.Cli.Commands.Plot;

/// <summary>
/// <c>scaling plot backtest</c>: the backtest of <c>scaling backtest</c> (same options) as a figure, one point
/// per held-out run and cut: its error against its extrapolation factor, with its predictive 95% interval.
/// </summary>
internal static class PlotBacktestCommand
{
    public static Command Create(CliConsole console)
    {
        var backtest = new BacktestOptions();
        var figure = new FigureOptions(console);
        var quiet = CommonOptions.Quiet();
        var command = new Command("backtest", "Held-out error against extrapolation factor, with the predictive 95% band.\n\nExample:\n  scaling plot backtest runs.csv --backtest-by params --out backtest.png")
        {
            backtest, figure, quiet
        };
        return figure.Draws(command, (parse, cancellation) =>
        {
            var (_, _, result) = BacktestCommand.RunWithProgress(console, backtest, parse, parse.GetValue(quiet), cancellation);
            return figure.Save(parse, ScalingPlots.Backtest(Data(result), parse.GetValue(figure.Title)));
        });
    }

    // One point per held-out run of each cut: its rows' weighted mean error and half-width.
    private static BacktestPlotData Data(BacktestResult result) => new(
        [.. result.Predictions.GroupBy(p => (p.Cut, p.Run, p.Row.Params)).Select(run => new BacktestPlotPoint(
            run.Average(p => p.Interval.Distance.Combined),
            run.Average(p => p.LogError),
            run.Average(p => p.Interval.LogHalfWidth),
            run.Count(p => p.Covered) * 2 >= run.Count()))],
        result.Summary.Coverage);
}
