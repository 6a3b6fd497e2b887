namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling curve</c>: loss-curve laws that model the learning-rate schedule, and the per-position
/// temporal scaling law; one subcommand per file.
/// </summary>
internal static class CurveCommand
{
    public static Command Create(CliConsole console) => new Command("curve",
        "Predict the rest of a training run, or runs under other learning-rate schedules, from loss curves;\n" +
        "fit the per-position and temporal scaling laws to per-position losses.\n\n" +
        "Example:\n  scaling curve compare --dataset multipower-400M\n  scaling curve fit runs.csv --law multipower --fit-fraction 0.3 --out law.json")
    {
        CurveFitCommand.Create(console), CurvePredictCommand.Create(console), CurveCompareCommand.Create(console),
        CurveRankCommand.Create(console), CurvePositionsCommand.Create(console), CurveTemporalCommand.Create(console),
        CurveSynthCommand.Create(console),
    };
}
