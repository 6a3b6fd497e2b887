namespace ScalingLaws.Planning;

/// <summary>
/// One compute budget of an IsoFLOP analysis: its runs, the parabola of loss against ln N
/// (loss = c0 + c1·x + c2·x², x = ln N) and its vertex, or why the budget was left out.
/// </summary>
public sealed record BudgetProfile(
    double Flops,
    IReadOnlyList<(double Params, double Loss)> Runs,
    double[]? Parabola,
    double Params,
    double Tokens,
    double Loss,
    string? Excluded)
{
    /// <summary>Whether the budget is used for the frontier.</summary>
    public bool Included => Excluded is null;
}
