namespace ScalingLaws.Fitting;

/// <summary>
/// Quantities computed from a law's parameters that readers care about, each as a function of
/// the natural-unit values so that the bootstrap can give it an interval.
/// </summary>
public static class DerivedQuantities
{
    /// <summary>A quantity computed from a law's parameters.</summary>
    /// <param name="Name">Its name in files, e.g. <c>a</c>.</param>
    /// <param name="Description">What it is, one line.</param>
    /// <param name="Compute">Its value from parameters in natural units.</param>
    public sealed record Quantity(string Name, string Description, Func<ImmutableArray<double>, double> Compute);

    /// <summary>For Chinchilla, the compute-optimal exponents N_opt ∝ C^a and D_opt ∝ C^b (Hoffmann et al. eq. 4).</summary>
    public static IReadOnlyList<Quantity> For(ScalingLaw law) => law switch
    {
        ChinchillaLaw =>
        [
            new("a", "N_opt ∝ C^a, a = beta/(alpha+beta)", v => v[ChinchillaLaw.Beta] / (v[ChinchillaLaw.Alpha] + v[ChinchillaLaw.Beta])),
            new("b", "D_opt ∝ C^b, b = alpha/(alpha+beta)", v => v[ChinchillaLaw.Alpha] / (v[ChinchillaLaw.Alpha] + v[ChinchillaLaw.Beta])),
        ],
        _ => [],
    };
}
