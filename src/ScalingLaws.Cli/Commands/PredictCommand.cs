using ScalingLaws.IO.Selection;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling predict</c>: the loss a fitted or given law predicts for models not yet trained, or for the rows of a table.</summary>
internal static class PredictCommand
{
    public static Command Create(CliConsole console)
    {
        var laws = new LawOptions();
        var parameters = ValueList.Create("--params", "Model sizes N, e.g. 70B (several allowed).");
        var tokens = ValueList.Create("--tokens", "Training tokens D, e.g. 1.4T (several allowed).");
        var flops = ValueList.Create("--flops", "Training compute C in FLOPs, e.g. 5.76e23; with N or D gives the other by C = 6ND.");
        var unique = ValueList.Create("--unique-tokens", "Unique tokens U the training data holds, e.g. 25B, for the data-constrained law (D/U epochs).");
        var reading = new ReadingOptions(optional: true, lossOptional: true);
        var json = CommonOptions.Json();

        var command = new Command("predict", "Predict the loss of models from a fitted law, with a predictive 95% interval: the parameters' uncertainty plus the law's own extrapolation error, measured by backtests when the law file was written.\n" +
            "Give the models with --params, --tokens, --flops, or as the rows of FILE (or --dataset); where those rows have a loss, each is scored against its interval and the coverage summarised.\n\n" +
            "Example:\n  scaling predict --law-file fit.json --params 70B --tokens 1.4T\n  scaling predict --law-file fit.json heldout.csv")
        {
            laws, parameters, tokens, flops, unique, json
        };
        reading.AddTo(command);
        return command.Runs(console, (parse, _) =>
        {
            var (source, law, values, bootstrap, predictive, fitted) = laws.OpenPredictive(parse);
            var rows = reading.LoadIfGiven(parse);
            var (modelSizes, tokenCounts) = (ValueList.Counts(parse, parameters), ValueList.Counts(parse, tokens));
            var asked = rows is null
                ? PredictionPoints.Build(law, modelSizes, tokenCounts, ValueList.Counts(parse, flops), ValueList.Counts(parse, unique))
                : PredictionPoints.Of(law, rows, [parameters, tokens, flops, unique], parse);
            var points = LawOptions.Sourced(source, () => PlausibleLoss.Require(law, values, asked));
            foreach (var warning in UnitlessSizeOption.Warnings(Field.Params, parameters.Name, modelSizes).Concat(UnitlessSizeOption.Warnings(Field.Tokens, tokens.Name, tokenCounts)))
                console.Error.WriteLine(warning);
            if (rows is null && PredictionPoints.Unread(law, modelSizes, tokenCounts, ValueList.Counts(parse, flops)) is { } unread)
                console.Error.WriteLine(unread);
            if (rows is not null && fitted is not null && FittedPopulation.Find(fitted, rows) is { } population)
                console.Error.WriteLine(FittedPopulationText.Warning(source, rows.Source, population));
            var predictions = points.Select(p => PredictedLoss.At(law, values, bootstrap, predictive, p)).ToList();
            var heldOut = rows is null ? null : HeldOut(predictions, RunIndex.Of(rows));
            console.Answer(parse.GetValue(json),
                () => CliJson.Serialize(new PredictionsJson(predictions, HeldOutCoverageJson.Of(heldOut))),
                ansi => PredictionView.Write(ansi, law, source, predictions, predictive, rows?.Notes ?? [], heldOut));
            return 0;
        });
    }

    // The coverage of the rows that observed a loss; a held-out table's checkpoints share their run's weight, as a backtest's do.
    private static HeldOutCoverage? HeldOut(IReadOnlyList<PredictedLoss> predictions, RunIndex runs) =>
        HeldOutCoverage.Of(predictions.Select((p, i) => (p.Observed ?? double.NaN, p.Loss, p.Ci95?[0] ?? double.NaN, p.Ci95?[1] ?? double.NaN, runs.RunOf[i])));
}
