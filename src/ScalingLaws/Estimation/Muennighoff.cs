namespace ScalingLaws.Estimation;

/// <summary>
/// Muennighoff et al.'s (2023) Chinchilla fit, which the Hitchhiker's guide (Choshen et al. 2024)
/// uses as the single start of every least-squares fit and as the source of the fixed a and α of
/// its one-model variant, and with R_D*, R_N* the published data-constrained law. Values on the fitting
/// scale: A = e^a, B = e^b, E = e^e.
/// </summary>
public static class Muennighoff
{
    /// <summary>ln A.</summary>
    public const double LogA = 6.255414;
    /// <summary>ln B.</summary>
    public const double LogB = 7.3049974;
    /// <summary>ln E.</summary>
    public const double LogE = 0.6254804;
    /// <summary>α, the exponent of N.</summary>
    public const double Alpha = 0.3526596;
    /// <summary>β, the exponent of D.</summary>
    public const double Beta = 0.3526596;

    /// <summary>The repetition constants R_D* and R_N* of the data-constrained law (huggingface/datablations README).</summary>
    public const double RDStar = 15.387756;
    /// <summary>R_N*.</summary>
    public const double RNStar = 5.309743;

    /// <summary>The start in natural units, in the Chinchilla law's order (E, A, B, alpha, beta).</summary>
    public static ImmutableArray<double> Start { get; } = [Math.Exp(LogE), Math.Exp(LogA), Math.Exp(LogB), Alpha, Beta];
}
