namespace ScalingLaws.Cli.Commands;

/// <summary><c>scaling envelope FILE</c>: Chinchilla's Approach 1, the lowest loss over training curves at each compute.</summary>
internal static class EnvelopeCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        var points = new Option<int>("--points")
        {
            Description = $"How many log-spaced compute values the envelope is taken at (at least {EnvelopeAnalysis.MinimumPoints}).",
            DefaultValueFactory = _ => EnvelopeAnalysis.DefaultPoints,
        };
        var json = CommonOptions.Json();

        var command = new Command("envelope", "Chinchilla's Approach 1: at each compute, the run with the lowest loss; N_opt ∝ C^a through those points.\nThe table holds training curves: one row per checkpoint, runs told apart by a model column (or by params).\n\nExample:\n  scaling envelope curves.csv --map model=run_name")
        {
            reading, points, json
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            // Approach 1 reads the curves --final would cut to their last point: before, "no run has 2 or more checkpoints", with no word of --final.
            if (parse.GetValue(reading.Final))
                throw new ScalingLawsException("--final keeps each run's last checkpoint, but Approach 1 takes each run's whole training curve; leave --final out " +
                    "(--where \"tokens<=T\" stops every run at T tokens); see 'scaling envelope --help'.");
            var loaded = reading.LoadSelected(parse);
            var table = loaded.Table;
            var result = new EnvelopeAnalysis(parse.GetValue(points)).Run(table, cancellation);
            console.Answer(parse.GetValue(json),
                () => SelectionJson.Serialize(EnvelopeView.Json(result), loaded),
                ansi => EnvelopeView.Write(ansi, table, result));
            return 0;
        });
    }
}
