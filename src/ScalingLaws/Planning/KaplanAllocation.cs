namespace ScalingLaws.Planning;

/// <summary>
/// Kaplan et al. 2020's compute-optimal size, N_opt = 1.3e9 · C^0.73 with C in PF-days and N
/// counting non-embedding parameters only, for comparison with Chinchilla-style allocations.
/// </summary>
public static class KaplanAllocation
{
    /// <summary>N_opt at 1 PF-day.</summary>
    public const double Coefficient = 1.3e9;
    /// <summary>The exponent of N_opt in C (PF-days).</summary>
    public const double Exponent = 0.73;

    /// <summary>FLOPs in one petaflop/s-day.</summary>
    public const double FlopsPerPetaflopDay = 1e15 * 86_400;

    /// <summary>N_opt for <paramref name="flops"/> FLOPs, Kaplan et al. 2020.</summary>
    public static double Params(double flops) => Coefficient * Math.Pow(flops / FlopsPerPetaflopDay, Exponent);

    /// <summary>N_opt and the tokens D = C/(6N) it leaves; Kaplan's law gives no loss for it here, so Loss is NaN.</summary>
    public static Allocation ForFlops(double flops)
    {
        var parameters = Params(flops);
        return new Allocation(flops, parameters, Compute.Tokens(flops, parameters), double.NaN);
    }
}
