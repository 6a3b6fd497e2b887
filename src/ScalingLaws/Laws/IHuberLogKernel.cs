namespace ScalingLaws.Laws;

/// <summary>
/// An optional capability of a law: the Huber-on-ln-residual objective Σ wᵢ Huber_δ(ln yᵢ − ln L̂ᵢ) and its θ-gradient in
/// one pass over a block of rows, the gradient summed as the rows go instead of writing the Jacobian for the engine's
/// second pass. The engine's objective uses it when the law has it (the benchmarked 4,500-start Chinchilla grid); every
/// other law takes the generic path through <see cref="ScalingLaw.LogPredict"/>. Both compute the same sums, in a
/// different order (last-digit differences).
/// </summary>
internal interface IHuberLogKernel
{
    /// <summary>
    /// Adds Σ wᵢ ∂Huber_δ(ln yᵢ − ln L̂ᵢ)/∂θ to <paramref name="thetaGradient"/> and returns Σ wᵢ Huber_δ(ln yᵢ − ln L̂ᵢ),
    /// θ on the fitting scale; empty <paramref name="weights"/> count every row once. Must not allocate.
    /// </summary>
    double AddHuberLog(
        ReadOnlySpan<double> theta, LogInputs inputs, ReadOnlySpan<double> logObserved, ReadOnlySpan<double> weights, double delta,
        Span<double> thetaGradient);
}
