namespace ScalingLaws.Planning;

/// <summary>The budgets of an IsoFLOP analysis and the fitted N_opt ∝ C^a, D_opt ∝ C^b.</summary>
public sealed record IsoFlopResult(IReadOnlyList<BudgetProfile> Budgets, PowerLawFit OptimalParams, PowerLawFit OptimalTokens)
{
    /// <summary>a in N_opt ∝ C^a.</summary>
    public double ParamsExponent => OptimalParams.Exponent;

    /// <summary>b in D_opt ∝ C^b.</summary>
    public double TokensExponent => OptimalTokens.Exponent;

    /// <summary>How the budgets were found from the runs' compute; null when they were given (a list or a column).</summary>
    public BudgetDesign? Design { get; init; }
}
