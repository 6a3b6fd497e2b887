using ScalingLaws.Temporal;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling curve positions FILE</c>: the reciprocal against the power law at each checkpoint, and whether positions learn uniformly.</summary>
internal static class CurvePositionsCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new PositionFileOptions();
        var json = CommonOptions.Json();
        var constraints = PositionConstraints();
        var strict = StrictOption.Create("any checkpoint's fit has a warning or is not a clean minimum");
        var command = new Command("positions", "Fit L_i = a0/(1 + a1·i) + a2 and L_i = a0·i^(−c) + a2 to the per-position losses of each checkpoint; say which fits better and whether positions learn uniformly.\n" +
            "--fix, --tie and --bound name a0, a1, c or a2; each law takes those on its own parameters (a0 and a2 are both laws').\n\nExample:\n  scaling curve positions positions.csv --bound a1=0:0.5")
        {
            file, constraints, json, strict
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var held = constraints.Create(parse);
            var result = PositionComparison.Of(file.Load(parse), cancellation: cancellation, constraints: held);
            console.Answer(parse.GetValue(json), () => CliJson.Serialize(PositionsView.Json(result)), ansi => PositionsView.Write(ansi, result));
            // One checkpoint's poor fit is a finding of the comparison, not a failure: only --strict turns it into an exit code.
            return FitExit.StrictOnly(result.Fits.Select(f => (f.Fit.Status, f.Fit.Diagnostics.Length)), parse.GetValue(strict));
        });
    }

    /// <summary>--fix, --tie and --bound on a0, a1 (the hyperbola's), c (the power law's) and a2; each law takes those on its own parameters.</summary>
    private static ConstraintOptions PositionConstraints() => new("a2=1.9", "a0=a2", "a1=0:0.5");
}
