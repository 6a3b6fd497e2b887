using System.Globalization;

namespace ScalingLaws.Planning;

/// <summary>
/// Chinchilla's Approach 2: per compute budget fit a parabola of loss against ln N and take its
/// vertex as N_opt(C); then fit N_opt ∝ C^a and D_opt ∝ C^b over the budgets that qualify.
/// Runs are assigned to budgets by <see cref="BudgetGrouping"/> (by a column, or by a list of budgets
/// within a tolerance) or, with neither, by <see cref="BudgetDetection"/>, which refuses runs that are
/// not an IsoFLOP design.
/// </summary>
public sealed class IsoFlopAnalysis(IReadOnlyList<double>? budgets = null, double toleranceDex = 0.08, string? budgetColumn = null)
{
    /// <summary>Sizes a budget needs.</summary>
    public const int MinimumSizes = 3;

    /// <summary>The budgets, in FLOPs; null to detect them.</summary>
    public IReadOnlyList<double>? Budgets { get; } = budgets;

    /// <summary>How far (decades) a run's FLOPs may be from its budget.</summary>
    public double ToleranceDex { get; } = toleranceDex;

    /// <summary>An extra column whose numeric value is each run's budget in FLOPs; null to group by C.</summary>
    public string? BudgetColumn { get; } = budgetColumn;

    /// <summary>
    /// Refuses a <see cref="BudgetColumn"/> that <paramref name="table"/> does not have. A caller that turns the analysis's failures into
    /// a note (the report: "IsoFLOP profiles: none") checks this first, since a misspelt column is the caller's mistake, not the design's.
    /// </summary>
    public void CheckColumn(ObservationTable table)
    {
        if (BudgetColumn is not null)
            _ = BudgetGrouping.Column(table, BudgetColumn);
    }

    /// <summary>Fits a parabola per budget and the power laws of N_opt and D_opt against C.</summary>
    public IsoFlopResult Run(ObservationTable table)
    {
        var design = Budgets is { Count: > 0 } || BudgetColumn is not null ? null : Detect(table);
        var groups = design is null
            ? BudgetGrouping.Group(table, Budgets, ToleranceDex, BudgetColumn)
            : [.. design.Budgets.Select(b => (b.Flops, b.Runs))];
        var profiles = groups.Select(g => Profile(g.Flops, [.. g.Runs.Select(r => (r.Params, r.Loss))])).ToList();
        var result = FitPowerLaws(profiles) ?? throw new ScalingLawsException(
            $"{table.Source}: only {profiles.Count(p => p.Included)} of {profiles.Count} compute budgets give an interior parabola minimum; Approach 2 needs at least 2. " +
            $"Give the budgets with {Setting.Budgets} or {Setting.BudgetColumn}, or widen {Setting.Tolerance}.");
        return result with { Design = design };
    }

    /// <summary>The budgets found from the runs' compute (<see cref="BudgetDetection"/>); throws <see cref="IsoFlopDesignException"/> when the runs are not an IsoFLOP design.</summary>
    public BudgetDesign Detect(ObservationTable table)
    {
        var design = BudgetDetection.Detect(table.Rows, ToleranceDex);
        return design.IsIsoFlop ? design : throw new IsoFlopDesignException(table.Source, design.Refusal!);
    }

    /// <summary>The power laws through the vertices of the included budgets; null with fewer than 2 distinct budgets.</summary>
    public static IsoFlopResult? FitPowerLaws(IReadOnlyList<BudgetProfile> profiles)
    {
        var included = profiles.Where(p => p.Included).ToList();
        if (included.Select(p => p.Flops).Distinct().Count() < 2)
            return null;
        return new IsoFlopResult(
            profiles,
            PowerLawFit.Of([.. included.Select(p => p.Flops)], [.. included.Select(p => p.Params)]),
            PowerLawFit.Of([.. included.Select(p => p.Flops)], [.. included.Select(p => p.Tokens)]));
    }

    /// <summary>The parabola and vertex of one budget, or the reason it cannot give one.</summary>
    public static BudgetProfile Profile(double flops, IReadOnlyList<(double Params, double Loss)> runs)
    {
        BudgetProfile Excluded(string reason, double[]? parabola = null) =>
            new(flops, runs, parabola, double.NaN, double.NaN, double.NaN, reason);

        var sizes = runs.Select(r => r.Params).Distinct().Count();
        if (sizes < MinimumSizes)
            return Excluded($"only {QuantityFormat.Counted(sizes, "model size")} (needs {MinimumSizes})");
        var x = runs.Select(r => Math.Log(r.Params)).ToArray();
        var parabola = Parabola.Fit(x, [.. runs.Select(r => r.Loss)]);
        if (!(parabola.C2 > 0))
            return Excluded("the parabola opens downward (no minimum)", parabola.ToArray());
        var vertex = parabola.Vertex;
        if (vertex < x.Min() || vertex > x.Max())
            return Excluded($"the minimum N = {Size(vertex)} lies outside the sampled sizes {Size(x.Min())}–{Size(x.Max())}", parabola.ToArray());
        var parameters = Math.Exp(vertex);
        return new BudgetProfile(flops, runs, parabola.ToArray(), parameters, Compute.Tokens(flops, parameters), parabola[vertex], null);
    }

    private static string Size(double logParams) => Math.Exp(logParams).ToString("0.##e0", CultureInfo.InvariantCulture);
}
