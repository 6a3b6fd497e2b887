namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling curve fit</c>: fit a loss-curve law to runs, or to the fitted part of a protocol, and report it.</summary>
internal static class CurveFitCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new CurveDataOptions();
        var law = new CurveLawOptions();
        var constraints = CurveConstraints();
        var bootstrap = CurveBootstrapOptions();
        var json = CommonOptions.Json();
        var output = new OutputOptions(OutputKind.LawFile, "Also write the fit to a curve-law file for 'scaling curve predict --law-file'.");
        var strict = CurveStrict();
        var command = new Command("fit",
            "Fit a loss-curve law: to every point of every run, or with --fit-fraction / --fit-runs to the fitted part only, then score the rest.\n\n" +
            "Example:\n  scaling curve fit --dataset multipower-400M --law multipower --out mpl.json\n  scaling curve fit runs.csv --law tissue --fit-fraction 0.3 --bound alpha=0:1 --bootstrap 1000")
        {
            data, law, constraints, bootstrap, json, output, strict
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            if (law.IsTemporal(parse) && parse.GetResult(output.Out) is not null)
                throw new ScalingLawsException("--out does not apply to --law temporal, which writes no law file; leave it out.");
            if (law.IsTemporal(parse))
                return FitTemporal(console, parse, data, constraints.Create(parse), [bootstrap.Resamples], json, strict, cancellation);
            var chosen = law.Create(parse);
            var held = ConstraintOptions.CheckExponents(constraints.Create(parse), chosen.Parameters, chosen.IndexOf, chosen.IsExponent);
            var resampler = Resampler(parse, bootstrap);
            var target = output.Check(parse);
            var (source, curves, protocol, procedure) = data.Load(parse);
            var fitting = procedure with { Constraints = held };
            var tasks = protocol?.Tasks(curves) ?? [new CurveTask(source, curves, [])];
            if (target is { } path && tasks.Count > 1)
                throw new ScalingLawsException($"--out {path}: {protocol!.Describe()} makes {tasks.Count} separate fits, and a curve-law file holds one; fit one run, or fit the runs together with --fit-runs.");
            var outcomes = tasks.Select(t => CurveOutcome.Run(chosen, t, fitting, cancellation, data.Intervals(parse, curves)))
                .Select(o => resampler is null ? o : o.Resampled(resampler, fitting, cancellation)).ToList();
            var intervals = outcomes.Select(o => o.Bootstrap).ToList();
            var documents = outcomes.Select((o, i) => Document(o, intervals[i])).ToList();
            var saved = target is not null && outcomes[0].Fit.Status.IsUsable() ? target : null;
            // As fit --out: a law outside the domain every reader holds a curve-law file to is refused, never left for the next command.
            if (saved is not null && CurveLawFile.OutsideDomain(chosen, outcomes[0].Fit.Values) is { } problem)
                throw new ScalingLawsException($"--out {saved} not written: {problem}; run without --out to see the fit and its warnings.");
            if (saved is not null)
                CurveLawFile.Write(saved, documents[0]);
            else if (target is not null)
                console.Error.WriteLine(UnsavedFit.Warning(target, DiagnosticAdvice.CurveStatus(outcomes[0].Fit.Status)));
            console.Answer(parse.GetValue(json),
                () => documents.Count == 1 ? CliJson.Serialize(documents[0]) : CliJson.Serialize(new CurveFitsJson(documents)),
                ansi => CurveFitView.Write(ansi, source, protocol, outcomes, intervals, saved));
            return FitExit.Code(outcomes.Select(FitExit.Of), parse.GetValue(strict));
        });
    }

    // The fit's document with the bootstrap's intervals and its warnings after the fit's own.
    private static CurveLawDocument Document(CurveOutcome outcome, CurveBootstrapResult? bootstrap)
    {
        var document = CurveLawDocument.From(outcome.Fit, outcome.Predictions, outcome.Predictive, bootstrap);
        return document with { Warnings = [.. document.Warnings ?? [], .. CurveFitView.BootstrapWarnings(bootstrap)] };
    }

    /// <summary>--bootstrap and --seed for the curve commands that fit.</summary>
    public static BootstrapOptions CurveBootstrapOptions() =>
        new("whole runs when several are fitted together, else blocks of consecutive steps of the one run,");

    /// <summary>The resampling --bootstrap N asks for, or null without it; called before the fit, so that a bad count fails first.</summary>
    public static CurveBootstrap? Resampler(ParseResult parse, BootstrapOptions bootstrap) =>
        bootstrap.Count(parse) is > 0 and var resamples ? new CurveBootstrap(resamples, parse.GetValue(bootstrap.Seed)) : null;

    /// <summary>--fix, --tie and --bound with examples in the Multi-Power and Tissue laws' parameters.</summary>
    public static ConstraintOptions CurveConstraints() => new("beta=0.5", "beta=gamma", "alpha=0:1");

    /// <summary>--strict for the curve commands.</summary>
    public static Option<bool> CurveStrict() =>
        StrictOption.Create("a fit has any warning or is not a clean minimum (a bound hit, ill-determined parameters, the published procedure's early stop)");

    // The temporal law reads per-position losses: FILE, --fit-fraction (default 0.5) and the constraints only.
    private static int FitTemporal(
        CliConsole console, ParseResult parse, CurveDataOptions data, ParameterConstraints constraints, Option[] lawOptions, Option<bool> json, Option<bool> strict, CancellationToken cancellation)
    {
        foreach (var option in new Option[] { data.Dataset, data.DataDir, data.Map, data.FitRuns }.Concat(lawOptions).Where(o => parse.GetResult(o) is { Implicit: false }))
            throw new ScalingLawsException($"{option.Name} does not apply to --law temporal, which reads one per-position FILE; leave it out (see 'scaling curve temporal --help').");
        var path = parse.GetValue(data.File) ?? throw new ScalingLawsException("--law temporal needs FILE, a per-position file (see 'scaling curve temporal --help').");
        var fraction = parse.GetValue(data.FitFraction) ?? 0.5;
        return CurveTemporalCommand.Run(console, PositionFileOptions.Read(path, name: null, DelimiterOption.Parse(parse.GetValue(data.Delimiter)), FormatOption.Parse(parse.GetValue(data.Format))), fraction, forms: null, constraints, parse.GetValue(json), parse.GetValue(strict), cancellation);
    }
}
