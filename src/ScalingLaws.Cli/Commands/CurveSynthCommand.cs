using ScalingLaws.Temporal.Synthetic;

namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling curve synth --out FILE</c>: write a synthetic per-position file from a known temporal law, to try the per-position commands.</summary>
internal static class CurveSynthCommand
{
    public static Command Create(CliConsole console)
    {
        var defaults = new SyntheticRunSettings();
        var output = new OutputOptions(OutputKind.PositionTable, "The file to write: .csv or .tsv (wide, pos_1 … pos_T) or .jsonl (positions array).", required: true);
        var seed = CommonOptions.Seed(defaults.Seed);
        var positions = new Option<int>("--context") { Description = "Context length T: the positions of each sequence whose loss is written.", DefaultValueFactory = _ => defaults.Positions };
        var checkpoints = new Option<int>("--checkpoints") { Description = "Checkpoints, evenly spaced in steps.", DefaultValueFactory = _ => defaults.Checkpoints };
        var steps = new Option<int>("--steps") { Description = "Training steps (of 512 × 1,024 tokens).", DefaultValueFactory = _ => defaults.Steps };
        // A choice, as study run's --schedule: before round 16 a wrong name was "… as expected type 'ScalingLaws.Curves.ScheduleShape'".
        var schedule = ChoiceOption.Create<ScheduleShape>("--schedule", "Learning-rate schedule after a 1% warmup: cosine, constant or wsd.",
            [new("cosine", ScheduleShape.Cosine), new("constant", ScheduleShape.Constant), new("wsd", ScheduleShape.Wsd)], defaults.Schedule.ToString().ToLowerInvariant());
        var noise = QuantityOption.Create("--noise", "Relative noise on each per-position loss (0.005 = 0.5%).", defaults.Noise);
        var command = new Command("synth", "Write synthetic per-position losses from a known temporal law (a0 logarithmic, a1 hyperbolic, a2 driven by the schedule) with noise.\n\nExample:\n  scaling curve synth --out positions.csv --seed 1 --schedule cosine")
        {
            output, seed, positions, checkpoints, steps, schedule, noise
        };
        RenamedOption.Add(command, "--positions", "--context");
        return command.Runs(console, (parse, _) =>
        {
            var path = output.Check(parse)!;
            var settings = defaults with
            {
                Seed = parse.GetValue(seed),
                Positions = parse.GetValue(positions),
                Checkpoints = parse.GetValue(checkpoints),
                Steps = AtLeastTwo(parse.GetValue(steps)),
                Schedule = parse.GetValue(schedule)!.Value,
                Noise = parse.GetValue(noise),
            };
            var run = PositionLossGenerator.Generate(settings).Losses;
            PositionLossWriter.Write(path, run);
            console.Out.WriteLine($"wrote {path}: run '{run.Run}', {run.Count} checkpoints × {run.PositionCount} positions, {settings.Schedule.ToString().ToLowerInvariant()} schedule, noise {settings.Noise:G3}, seed {settings.Seed}");
            return 0;
        });
    }

    // Before round 16, --steps 0 was refused as "--checkpoints 40: give between 2 and the number of steps (0)".
    private static int AtLeastTwo(int steps) => steps >= 2
        ? steps
        : throw new ScalingLawsException($"--steps {steps}: give at least 2 training steps, one for each of the 2 or more checkpoints, e.g. --steps 20000.");
}
