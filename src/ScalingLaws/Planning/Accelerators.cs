namespace ScalingLaws.Planning;

/// <summary>
/// The GPUs a training run can be costed on. Peaks are dense BF16 tensor throughput: NVIDIA's datasheets
/// quote the figure with 2:4 sparsity, twice the dense one, and training does not use sparsity.
/// </summary>
public static class Accelerators
{
    /// <summary>The GPUs known by name, with their dense BF16 peak in FLOP/s.</summary>
    public static IReadOnlyList<Accelerator> Known { get; } =
    [
        new("A100", 312e12, "NVIDIA A100 Tensor Core GPU datasheet (SXM): BF16 312 TFLOPS dense, 624 with sparsity"),
        new("H100", 989e12, "NVIDIA H100 Tensor Core GPU datasheet (SXM): BF16 1,979 TFLOPS with sparsity, 989 dense"),
        new("H200", 989e12, "NVIDIA H200 Tensor Core GPU datasheet (SXM): BF16 1,979 TFLOPS with sparsity, 989 dense"),
        new("B200", 2.25e15, "NVIDIA HGX B200 datasheet: FP16/BF16 4.5 PFLOPS per GPU with sparsity, 2.25 dense"),
    ];

    /// <summary>The GPU of this name (any case).</summary>
    public static Accelerator Find(string name) =>
        Known.FirstOrDefault(a => string.Equals(a.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ScalingLawsException($"{Setting.Gpu} {name.Trim()}: unknown GPU; the known ones are {string.Join(", ", Known.Select(a => a.Name))}.");
}
