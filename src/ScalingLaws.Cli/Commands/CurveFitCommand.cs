using ScalingLaws.IO.LawFiles;
using System.CommandLine;
using ScalingLaws.Cli.Options;
using ScalingLaws.Cli.Rendering;
using ScalingLaws.Curves;
using ScalingLaws.IO.Curves;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling curve fit</c>: fit a loss-curve law to runs, or to the fitted part of a protocol, and report it.</summary>
internal static class CurveFitCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new CurveDataOptions();
        var procedure = new CurveProcedureOptions();
        var law = new CurveLawOptions();
        var json = new Option<bool>("--json") { Description = "Print the fit as one JSON object ({fits: [...]} when each run is fitted separately)." };
        var output = new Option<string?>("--out") { Description = "Also write the fit to a curve-law file for 'scaling curve predict --law-file'." };
        var command = new Command("fit",
            "Fit a loss-curve law: to every point of every run, or with --fit-fraction / --fit-runs to the fitted part only, then score the rest.\n\n" +
            "Example:\n  scaling curve fit --dataset multipower-400M --law multipower --out mpl.json\n  scaling curve fit runs.csv --law tissue --fit-fraction 0.3");
        data.AddTo(command);
        procedure.AddTo(command);
        law.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(output);
        command.SetAction(parse => CommandRunner.Run(console, cancellation =>
        {
            if (law.IsTemporal(parse))
                return FitTemporal(console, parse, data, json, cancellation);
            var chosen = law.Create(parse);
            if (parse.GetValue(output) is { } target)
                AtomicFile.CheckJsonPath(target);
            var (source, curves, protocol, datasetProcedure) = data.Load(parse);
            var fitting = procedure.Create(parse, datasetProcedure);
            var tasks = protocol?.Tasks(curves) ?? [new CurveTask(source, curves, [])];
            if (parse.GetValue(output) is { } path && tasks.Count > 1)
                throw new ScalingLawsException($"--out {path}: {protocol!.Describe()} makes {tasks.Count} separate fits, and a curve-law file holds one; fit one run, or fit the runs together with --fit-runs.");
            var outcomes = tasks.Select(t => CurveOutcome.Run(chosen, t, fitting, cancellation, new CurveBacktestSettings())).ToList();
            var documents = outcomes.Select(o => CurveLawDocument.From(o.Fit, o.Predictions, o.Predictive)).ToList();
            if (parse.GetValue(output) is { } file)
                CurveLawFile.Write(file, documents[0]);
            if (parse.GetValue(json))
                console.Out.WriteLine(CurveLawFile.Serialize(documents.Count == 1 ? documents[0] : new { fits = documents }));
            else
                CurveFitView.Write(console.Ansi, source, protocol, outcomes, parse.GetValue(output));
            return 0;
        }));
        return command;
    }

    // The temporal law reads per-position losses: FILE and --fit-fraction (default 0.5) only.
    private static int FitTemporal(CliConsole console, ParseResult parse, CurveDataOptions data, Option<bool> json, CancellationToken cancellation)
    {
        foreach (var option in new Option[] { data.Dataset, data.DataDir, data.Map, data.FitRuns }.Where(o => parse.GetResult(o) is { Implicit: false }))
            throw new ScalingLawsException($"{option.Name} does not apply to --law temporal, which reads one per-position FILE; leave it out (see 'scaling curve temporal --help').");
        var path = parse.GetValue(data.File) ?? throw new ScalingLawsException("--law temporal needs FILE, a per-position file (see 'scaling curve temporal --help').");
        var fraction = parse.GetValue(data.FitFraction) is { } text ? OptionValues.Number(text, $"--fit-fraction {text}") : 0.5;
        return CurveTemporalCommand.Run(console, PositionFileOptions.Read(path, name: null), fraction, forms: null, parse.GetValue(json), cancellation);
    }
}
