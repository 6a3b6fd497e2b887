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
