namespace ScalingLaws.Planning;

/// <summary>A GPU by name, with its dense (no sparsity) BF16 tensor peak in FLOP/s and the datasheet it comes from.</summary>
public sealed record Accelerator(string Name, double PeakFlops, string Source);
