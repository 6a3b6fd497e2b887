using System.CommandLine;

namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling curve</c>: loss-curve laws that model the learning-rate schedule, and the per-position
/// temporal scaling law; one subcommand per file.
/// </summary>
internal static class CurveCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("curve",
            "Predict the rest of a training run, or runs under other learning-rate schedules, from loss curves;\n" +
            "fit the per-position and temporal scaling laws to per-position losses.\n\n" +
            "Example:\n  scaling curve compare --dataset multipower-400M\n  scaling curve fit runs.csv --law multipower --fit-fraction 0.3 --out law.json");
        command.Subcommands.Add(CurveFitCommand.Create(console));
        command.Subcommands.Add(CurvePredictCommand.Create(console));
        command.Subcommands.Add(CurveCompareCommand.Create(console));
        command.Subcommands.Add(CurveRankCommand.Create(console));
        command.Subcommands.Add(CurvePositionsCommand.Create(console));
        command.Subcommands.Add(CurveTemporalCommand.Create(console));
        command.Subcommands.Add(CurveSynthCommand.Create(console));
        return command;
    }
}
