namespace ScalingLaws.Planning;

/// <summary>The budgets of an IsoFLOP analysis and the fitted N_opt ∝ C^a, D_opt ∝ C^b.</summary>
public sealed record IsoFlopResult(IReadOnlyList<BudgetProfile> Budgets, PowerLawFit OptimalParams, PowerLawFit OptimalTokens)
{
    public double ParamsExponent => OptimalParams.Exponent;

    public double TokensExponent => OptimalTokens.Exponent;

    /// <summary>How the budgets were found from the runs' compute; null when they were given (a list or a column).</summary>
    public BudgetDesign? Design { get; init; }
}
