namespace ScalingLaws.Planning;

/// <summary>The envelope of the training curves and the fitted N_opt ∝ C^a, D_opt ∝ C^b (Chinchilla's Approach 1).</summary>
/// <param name="Points">Every grid point some run covers, in increasing C, including those left out of the fit.</param>
/// <param name="Runs">Runs with at least 2 checkpoints, which make up the envelope.</param>
/// <param name="RunsLeftOut">Runs with fewer than 2 checkpoints at distinct compute.</param>
public sealed record EnvelopeResult(
    IReadOnlyList<EnvelopePoint> Points,
    PowerLawFit OptimalParams,
    PowerLawFit OptimalTokens,
    int Runs,
    int RunsLeftOut)
{
    /// <summary>a in N_opt ∝ C^a.</summary>
    public double ParamsExponent => OptimalParams.Exponent;

    /// <summary>b in D_opt ∝ C^b.</summary>
    public double TokensExponent => OptimalTokens.Exponent;
}
