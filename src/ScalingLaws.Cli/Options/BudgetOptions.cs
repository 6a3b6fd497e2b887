namespace ScalingLaws.Cli.Options;

/// <summary>How runs are grouped into compute budgets for an IsoFLOP analysis (Approach 2).</summary>
internal sealed class BudgetOptions : IOptionGroup
{
    public Option<string[]> Budgets { get; } = ValueList.Create(
        "--budgets",
        "The compute budgets in FLOPs, e.g. 6e18,1e19,3e19; each run joins the nearest within --tolerance. Default: found from the runs' C.");

    public Option<double> Tolerance { get; } = QuantityOption.Create(
        "--tolerance", "How far a run's C may lie from its budget, in dex (log10 units); without --budgets, also the gap in C that separates budgets found from the runs.", 0.08);

    public Option<string?> Column { get; } = new("--budget-column") { Description = "A column holding each run's budget in FLOPs, used as is." };

    private const double MostTolerance = 1;

    public void AddTo(Command command)
    {
        command.AddAll(Budgets, Tolerance, Column);
    }

    /// <summary>Approach 2 on the table; runs that are not an IsoFLOP design are an input error that points to Approach 3.</summary>
    public static IsoFlopResult Run(IsoFlopAnalysis analysis, ObservationTable table)
    {
        try
        {
            return analysis.Run(table);
        }
        catch (IsoFlopDesignException e)
        {
            throw new ScalingLawsException(
                $"{e.TableSource}: Approach 2 cannot be applied to this design: {e.Reason}. Use Approach 3 instead: 'scaling fit' on the same rows (or give {Setting.Budgets} or {Setting.BudgetColumn} if the runs do share budgets).");
        }
    }

    public IsoFlopAnalysis CreateAnalysis(ParseResult parse)
    {
        // A budget given twice is one group of runs, read once (before round 13, refused: "1e19 is given 2 times").
        double[] budgets = [.. ValueList.Amounts(parse, Budgets, OptionValues.Positive).Distinct()];
        var tolerance = parse.GetValue(Tolerance);
        if (tolerance <= 0)
            throw new ScalingLawsException($"--tolerance {tolerance:G4}: a run's distance from its budget is a positive number of dex (log10 units), e.g. 0.08, a factor of 1.2.");
        // 1e308 dex joined every run into one budget without a word.
        if (tolerance > MostTolerance)
            throw new ScalingLawsException($"--tolerance {QuantityFormat.Constant(tolerance)}: give at most {MostTolerance} dex (a factor of 10); a wider tolerance joins runs of budgets ten times apart into one.");
        return new IsoFlopAnalysis(budgets.Length > 0 ? budgets : null, tolerance, parse.GetValue(Column));
    }
}
