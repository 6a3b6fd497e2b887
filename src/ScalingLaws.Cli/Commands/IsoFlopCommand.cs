namespace ScalingLaws.Cli.Commands;

/// <summary>
/// <c>scaling isoflop FILE</c>: Chinchilla's Approach 2, a parabola per compute budget and N_opt ∝ C^a through the
/// vertices, set beside Approach 3's a from the Chinchilla law fitted to the same rows. Without budgets, they are
/// found from the runs' compute; runs that are not an IsoFLOP design are refused with a pointer to Approach 3.
/// </summary>
internal static class IsoFlopCommand
{
    public static Command Create(CliConsole console)
    {
        var reading = new ReadingOptions();
        var grouping = new BudgetOptions();
        var bootstrap = new BootstrapOptions("the runs within each budget");
        var json = CommonOptions.Json();

        var command = new Command("isoflop", "Chinchilla's Approach 2: fit a parabola of loss against ln N per compute budget, and N_opt ∝ C^a through the minima; a is set beside Approach 3's (the Chinchilla law fitted to the same rows). Without --budgets or --budget-column, the budgets are found from the runs' compute, and runs that do not form IsoFLOP groups are refused.\n\nExample:\n  scaling isoflop runs.csv --budgets 6e18,1e19,3e19,6e19,1e20 --bootstrap 1000")
        {
            reading, grouping, bootstrap, json
        };
        return command.Runs(console, (parse, cancellation) =>
        {
            var loaded = reading.LoadSelected(parse);
            var table = loaded.Table;
            var analysis = grouping.CreateAnalysis(parse);
            var result = BudgetOptions.Run(analysis, table);
            var resamples = bootstrap.Count(parse);
            var uncertainty = resamples > 0
                ? new IsoFlopBootstrap(resamples, parse.GetValue(bootstrap.Seed)).Run(result, cancellation: cancellation)
                : null;
            var (comparison, note) = Compare(table, result, uncertainty, cancellation);
            console.Answer(parse.GetValue(json),
                () => SelectionJson.Serialize(IsoFlopView.Json(result, uncertainty, comparison, note), loaded),
                ansi => IsoFlopView.Write(ansi, table, analysis, result, uncertainty, comparison, note));
            return 0;
        });
    }

    // Approach 3 on the same rows, for its a beside Approach 2's; a fit the rows cannot support is a note, not an error.
    private static (ExponentComparison?, string?) Compare(ObservationTable table, IsoFlopResult result, IsoFlopBootstrapResult? bootstrap, CancellationToken cancellation)
    {
        try
        {
            var fit = new LawFitter(ChinchillaLaw.Instance).Fit(table, cancellation);
            return ExponentEstimate.FromFit(fit, null) is { } parametric
                ? (new ExponentComparison(ExponentEstimate.FromIsoFlop(result, bootstrap), parametric), null)
                : (null, "the Chinchilla law's fit gives no finite a");
        }
        catch (ScalingLawsException e)
        {
            return (null, e.Worded());
        }
    }
}
