namespace ScalingLaws.Cli.Rendering;

/// <summary>What a cost was computed on: the GPU, its dense BF16 peak and source, the MFU, the count and the price.</summary>
internal sealed record CostBasis(string Gpu, double PeakFlops, string Source, double Mfu, int? Gpus, double? Price)
{
    public static CostBasis? Of(CostSettings? cost) =>
        cost is null ? null : new(cost.Gpu.Name, cost.Gpu.PeakFlops, cost.Gpu.Source, cost.Mfu, cost.Gpus, cost.Price);

    /// <summary>A cost in words: "413K GPU-hours (16.8 days), $826K", with what is known.</summary>
    public static string Describe(TrainingCost cost) =>
        $"{Quantity.Format(cost.GpuHours)} GPU-hours" + (cost.Days is { } d ? $" ({Numbers.Format(d, 3)} days)" : "") + (cost.Dollars is { } usd ? $", ${Quantity.Format(usd)}" : "");

    /// <summary>One line for the text output, with the formula so it can be checked by hand.</summary>
    public string Describe() =>
        $"Cost on {Gpu} ({PeakFlops / 1e12:G4} TFLOP/s dense BF16; {Source}) at MFU {Mfu:G3}: GPU-hours = C / (peak · MFU) / 3600" +
        (Gpus is { } n ? $", days = GPU-hours / {n} GPUs / 24" : "") +
        (Price is { } p ? $", dollars = GPU-hours · ${p:G4}" : "") + ".";
}
