using ScalingLaws.Temporal;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling curve temporal FILE</c>: fit the temporal law on the first checkpoints and predict the rest, per position and for the sequence loss.</summary>
internal static class CurveTemporalCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new PositionFileOptions();
        var fraction = QuantityOption.Create("--fit-fraction", "Fit on this leading fraction of the checkpoints and predict the rest, in (0, 1).", 0.5);
        var forms = new Option<string?>("--forms")
        {
            HelpName = "A0,A1,A2",
            Description = "Use these forms for a0, a1, a2 instead of choosing them on held-out checkpoints: logarithmic, hyperbolic, schedule or area, e.g. logarithmic,hyperbolic,schedule.",
        };
        var constraints = TemporalConstraints();
        var json = CommonOptions.Json();
        var strict = StrictOption.Create("the final fit has any warning or is not a clean minimum");
        var command = new Command("temporal", "Fit the temporal scaling law (Xiong et al. 2024) on the first checkpoints and predict the per-position and sequence losses of the rest.\n" +
            "Each predicted sequence loss gets a predictive 95% interval, its error model measured by refitting the law on 50–80 % of the fitted checkpoints and predicting the rest of them.\n" +
            "--fix, --tie and --bound name a form's coefficient as PARAMETER.COEFFICIENT (a0.c0, a1.tau, a2.c1, …); when the forms are chosen by data, only the choices that have every named coefficient are tried.\n\n" +
            "Example:\n  scaling curve temporal positions.csv --fit-fraction 0.5\n  scaling curve temporal positions.csv --forms hyperbolic,hyperbolic,schedule --bound a1.tau=0.1:10")
        {
            file, fraction, forms, constraints, json, strict
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var given = parse.GetValue(forms) is { } names ? ParseForms(names) : null;
            var held = constraints.Create(parse);
            return Run(console, file.Load(parse), parse.GetValue(fraction), given, held, parse.GetValue(json), parse.GetValue(strict), cancellation);
        });
    }

    /// <summary>Fits and reports; also what <c>scaling curve fit FILE --law temporal</c> runs.</summary>
    public static int Run(
        CliConsole console, PositionLosses run, double fitFraction, TemporalForm[]? forms, ParameterConstraints constraints, bool json, bool strict, CancellationToken cancellation)
    {
        var forecast = new TemporalFitter(fitFraction, forms, constraints: constraints).Fit(run, cancellation);
        var intervals = TemporalBacktest.Measure(forecast, forms, cancellation: cancellation);
        console.Answer(json, () => CliJson.Serialize(TemporalView.Json(intervals, fitFraction)), ansi => TemporalView.Write(ansi, intervals, fitFraction));
        return FitExit.Code(forecast.Status, forecast.Diagnostics.Length, strict);
    }

    /// <summary>--fix, --tie and --bound on the forms' coefficients, e.g. a1.tau.</summary>
    public static ConstraintOptions TemporalConstraints() => new("a2.c0=1.9", "a0.c1=a2.c1", "a1.tau=0.1:10");

    private static TemporalForm[] ParseForms(string text)
    {
        var names = text.Split(',', StringSplitOptions.TrimEntries);
        var valid = string.Join(", ", TemporalForm.All.Select(f => f.Name));
        if (names.Length != TemporalLaw.ParameterCount)
            throw new ScalingLawsException($"--forms {text}: give {TemporalLaw.ParameterCount} forms, for a0, a1 and a2 in that order, from {valid}.");
        return [.. names.Select(n => TemporalForm.Find(n) ?? throw new ScalingLawsException($"--forms {text}: unknown form '{n}'; use {valid}."))];
    }
}
