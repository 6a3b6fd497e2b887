namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling curve predict</c>: the predicted loss at each logged step of the target curves, from a saved curve law
/// (<c>--law-file</c>: every point of every run, or the protocol's targets) or from a law fitted here.
/// </summary>
internal static class CurvePredictCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new CurveDataOptions();
        var law = new CurveLawOptions();
        var lawFile = new Option<string?>("--law-file") { Description = "Use a law saved by 'scaling curve fit --out' instead of fitting one." };
        var constraints = CurveFitCommand.CurveConstraints();
        var bootstrap = CurveFitCommand.CurveBootstrapOptions();
        var json = CommonOptions.Json();
        var strict = CurveFitCommand.CurveStrict();
        var command = new Command("predict",
            "Predict the loss of the rest of a run (--fit-fraction) or of other runs (--fit-runs), or of every run from a saved law (--law-file).\n" +
            "Each point gets a predictive 95% interval: the law's own extrapolation error, measured by refitting the fitted part on its first 30–80 % and predicting the rest of it, growing with the distance beyond the last fitted step; " +
            "with --bootstrap N, plus the parameters' spread over N resamples of the fit.\n\n" +
            "Example:\n  scaling curve predict runs.csv --law multipower --fit-fraction 0.3\n  scaling curve predict --dataset multipower-400M --law tissue --fit-runs cosine_24000 --bootstrap 200\n  scaling curve predict --dataset multipower-25M --law-file mpl.json")
        {
            data, law, constraints, bootstrap, lawFile, json, strict
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var held = constraints.Create(parse);
            var resampler = CurveFitCommand.Resampler(parse, bootstrap);
            if (parse.GetValue(lawFile) is not null && constraints.All.Append(bootstrap.Resamples).FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } given)
                throw new ScalingLawsException($"{given.Name} applies when predict fits the law; the law in --law-file is already fitted. Leave {given.Name} out, or fit here without --law-file.");
            var saved = parse.GetValue(lawFile) is { } path ? CurveLawFile.Read(path) : ((CurveLaw Law, double[] Values, PredictiveModel? Predictive)?)null;
            var chosen = saved?.Law ?? law.Create(parse);
            var (_, curves, protocol, procedure) = data.Load(parse);
            var fitting = procedure with { Constraints = ConstraintOptions.CheckExponents(held, chosen.Parameters, chosen.IndexOf, chosen.IsExponent) };
            // Each prediction with the outcome of the fit made here that it comes from (null from a saved law).
            List<(double[] Values, CurvePrediction Prediction, PredictiveModel? Predictive, CurveOutcome? Outcome)> predictions;
            if (saved is var (_, values, predictive))
            {
                var targets = protocol?.Tasks(curves).SelectMany(t => t.Targets) ?? curves;
                predictions = [.. targets.Select(t => (values, CurvePrediction.Of(chosen, values, t, predictive), predictive, (CurveOutcome?)null))];
            }
            else
            {
                var tasks = protocol?.Tasks(curves)
                    ?? throw new ScalingLawsException("nothing to predict: give --fit-fraction P or --fit-runs RUNS to leave points out of the fit, or a saved law with --law-file.");
                predictions = [.. tasks.SelectMany(t =>
                {
                    var outcome = CurveOutcome.Run(chosen, t, fitting, cancellation, data.Intervals(parse, curves));
                    outcome = resampler is null ? outcome : outcome.Resampled(resampler, fitting, cancellation);
                    return outcome.Predictions.Select(p => (outcome.Fit.Values.ToArray(), p, outcome.Predictive, (CurveOutcome?)outcome));
                })];
            }
            var outcomes = predictions.Select(p => p.Outcome).OfType<CurveOutcome>().Distinct().ToList();
            console.Answer(parse.GetValue(json),
                () => predictions.Count == 1
                    ? CliJson.Serialize(CurvePredictView.Json(chosen, predictions[0].Values, [predictions[0].Prediction], predictions[0].Predictive, predictions[0].Outcome))
                    : CliJson.Serialize(new CurvePredictionsJson([.. predictions.Select(p => CurvePredictView.Json(chosen, p.Values, [p.Prediction], p.Predictive, p.Outcome))])),
                ansi => CurvePredictView.Write(ansi, chosen, [.. predictions.Select(p => (p.Prediction, p.Predictive))], outcomes));
            return FitExit.Code(outcomes.Select(FitExit.Of), parse.GetValue(strict));
        });
    }
}
