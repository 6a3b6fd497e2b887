using ScalingLaws.Estimation;

namespace ScalingLaws.Laws;

/// <summary>
/// The constants a law kind was published with, so a law can be used without fitting one: Hoffmann et al.
/// (2022), Approach 3, for Chinchilla; Kaplan et al. (2020), eq. 1.5, for Kaplan's L(N, D); Muennighoff et al.
/// (2023) for the data-constrained law. The one-variable
/// laws have no published constants: they are fitted to each table.
/// </summary>
public static class PublishedConstants
{
    /// <summary>Hoffmann et al. 2022 Approach 3: E, A, B, α, β.</summary>
    public static readonly ImmutableArray<double> Chinchilla = [1.69, 406.4, 410.7, 0.34, 0.28];

    /// <summary>Kaplan et al. 2020: Nc, Dc, α_N, α_D.</summary>
    public static readonly ImmutableArray<double> Kaplan = [6.4e13, 1.8e13, 0.076, 0.103];

    /// <summary>Muennighoff et al. 2023: E, A, B, α, β, R_D*, R_N*.</summary>
    public static readonly ImmutableArray<double> DataConstrained = [.. Muennighoff.Start, Muennighoff.RDStar, Muennighoff.RNStar];

    /// <summary>The published values in the law's parameter order, with where they come from; null when the kind has none.</summary>
    public static (double[] Values, string Source)? For(ScalingLaw law) => law switch
    {
        ChinchillaLaw => ([.. Chinchilla], "Hoffmann et al. 2022, Approach 3"),
        KaplanLaw => ([.. Kaplan], "Kaplan et al. 2020, eq. 1.5"),
        DataConstrainedLaw => ([.. DataConstrained], "Muennighoff et al. 2023, datablations README"),
        _ => null,
    };
}
