namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling backtest FILE</c>: fit the law on every prefix of the table ordered by scale, predict the
/// held-out larger part, and report the error and the coverage of the predictive 95% interval against
/// the distance of extrapolation.
/// </summary>
internal static class BacktestCommand
{
    public static Command Create(CliConsole console)
    {
        var backtest = new BacktestOptions();
        var answer = new AnswerOptions();
        var rows = new Option<bool>("--rows") { Description = "With --json, also list every held-out prediction." };
        var command = new Command("backtest",
            "Fit on the smaller runs, predict the larger ones, at every cut point: does the predictive 95% interval cover?\n\n" +
            "Example:\n  scaling backtest runs.csv --backtest-by params --drop-highest-loss 5")
        {
            backtest, answer, rows
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            if (parse.GetValue(rows) && !answer.IsJson(parse))
                throw new ScalingLawsException("--rows lists the predictions in the JSON output; add --json.");
            var (runs, law, result) = RunWithProgress(console, backtest, parse, answer.Silent(parse), cancellation);
            console.Answer(answer.IsJson(parse),
                () => SelectionJson.Serialize(BacktestView.Json(law, runs.Table, result, parse.GetValue(rows)), runs),
                ansi => BacktestView.Write(ansi, law, runs.Table, result));
            return 0;
        });
    }

    internal static (LoadedRuns Runs, Laws.ScalingLaw Law, Prediction.BacktestResult Result) RunWithProgress(
        CliConsole console, BacktestOptions backtest, ParseResult parse, bool quiet, CancellationToken cancellation)
    {
        using var bar = ProgressBar.For(console, quiet);
        return backtest.Run(parse, bar, cancellation);
    }
}
