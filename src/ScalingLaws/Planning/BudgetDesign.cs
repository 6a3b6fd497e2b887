namespace ScalingLaws.Planning;

/// <summary>How <see cref="BudgetDetection"/> found a sweep's compute budgets.</summary>
public enum BudgetSource
{
    /// <summary>Not found: the runs do not form IsoFLOP groups (see <see cref="BudgetDesign.Refusal"/>).</summary>
    None,

    /// <summary>Runs at near-constant compute separated by gaps in log C.</summary>
    Gaps,

    /// <summary>Runs gathered around round nominal budgets (e.g. 6e18, 1e19, 3e19) where noise in C fills the gaps.</summary>
    RoundGrid,
}

/// <summary>One detected budget: its nominal compute (a label such as 3e19, or the exact C the runs share) and its runs.</summary>
public sealed record DetectedBudget(double Flops, IReadOnlyList<Observation> Runs);

/// <summary>
/// What <see cref="BudgetDetection"/> made of a table's compute: the budgets and how they were found, or why the
/// runs are not an IsoFLOP design (<see cref="Refusal"/>, e.g. compute varying continuously over a grid of N × D).
/// </summary>
/// <param name="Grid">For <see cref="BudgetSource.RoundGrid"/>, the mantissas of the grid, e.g. 1-3-6 for 6e18, 1e19, 3e19, 6e19 …</param>
/// <param name="OffBudgetRuns">Runs with compute that belong to no budget (not used by Approach 2).</param>
/// <param name="ToleranceDex">The gap that separates budgets, or how far a run may lie from a round budget, in dex.</param>
public sealed record BudgetDesign(
    IReadOnlyList<DetectedBudget> Budgets,
    BudgetSource Source,
    string? Grid,
    int OffBudgetRuns,
    double ToleranceDex,
    string? Refusal)
{
    /// <summary>Whether the runs form IsoFLOP budgets.</summary>
    public bool IsIsoFlop => Refusal is null;

    /// <summary>One line on how the budgets were found, for a report.</summary>
    public string Description => Source switch
    {
        BudgetSource.Gaps => $"{Budgets.Count} budgets found as runs at near-constant compute separated by gaps in log C wider than {ToleranceDex:G3} dex",
        BudgetSource.RoundGrid => $"{Budgets.Count} budgets found at round values of compute ({Grid} × 10^k, runs within ±{ToleranceDex:G3} dex)",
        _ => $"no IsoFLOP budgets: {Refusal}",
    } + (OffBudgetRuns > 0 && IsIsoFlop ? $"; {OffBudgetRuns} runs lie off them and are not used" : "");
}
