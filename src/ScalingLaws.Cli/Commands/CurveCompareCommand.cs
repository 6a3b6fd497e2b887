namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling curve compare</c>: every loss-curve law on the same split, scored on the predicted points.</summary>
internal static class CurveCompareCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new CurveDataOptions();
        var json = CommonOptions.Json();
        var bootstrap = CurveFitCommand.CurveBootstrapOptions();
        var strict = CurveFitCommand.CurveStrict();
        var command = new Command("compare",
            "Fit every loss-curve law (power, tissue, multipower) on the same split and compare their predictions in one table.\n" +
            "A dataset uses its own protocol and fitting procedure unless --fit-fraction, --fit-runs or --procedure is given.\n" +
            "With --bootstrap N each fit to the minimum is resampled N times and its predictive intervals add the parameters' spread (a published procedure's early stop is not resampled).\n\n" +
            "Example:\n  scaling curve compare --dataset multipower-400M\n  scaling curve compare --dataset pythia-curves --json\n  scaling curve compare runs.csv --fit-fraction 0.3")
        {
            data, bootstrap, json, strict
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var resampler = CurveFitCommand.Resampler(parse, bootstrap);
            var (source, curves, protocol, fitting) = data.Load(parse);
            if (protocol is null)
                throw new ScalingLawsException("nothing to predict: give --fit-fraction P (fit each run's first P of steps) or --fit-runs RUNS (fit these runs, predict the others).");
            var comparison = CurveComparison.Run(CurveLawCatalog.All, protocol.Tasks(curves), fitting, cancellation, data.Intervals(parse, curves), resampler);
            // Nothing to compare is a failure, not a table of dashes with exit 0.
            if (comparison.Entries.All(e => e.Outcome is null))
                throw new ScalingLawsException($"{source}: no law could be fitted to any run ({CurveCompareView.Worded(comparison.Entries[0].Failure!).TrimEnd('.')}).");
            console.Answer(parse.GetValue(json),
                () => CliJson.Serialize(CurveCompareView.Json(comparison)),
                ansi => CurveCompareView.Write(ansi, source, protocol, comparison));
            // A law that fits badly is a finding of the comparison, not a failure: only --strict turns it into an exit code.
            return FitExit.StrictOnly(comparison.Entries.Select(e => e.Outcome).OfType<CurveOutcome>().Select(FitExit.Of), parse.GetValue(strict));
        });
    }
}
