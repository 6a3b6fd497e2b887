namespace ScalingLaws.Planning;

/// <summary>A GPU, its utilisation, and optionally how many and their price per GPU-hour: turns FLOPs into cost and back.</summary>
public sealed record CostSettings
{
    /// <summary>A cost model; the MFU must be in (0, 1], the GPU count and price positive when given.</summary>
    public CostSettings(Accelerator gpu, double mfu, int? gpus = null, double? price = null)
    {
        if (!(mfu > 0 && mfu <= 1))
            throw new ScalingLawsException($"{Setting.Mfu} {mfu:G4}: the model FLOPs utilisation must lie in (0, 1]; a well-tuned large run reaches about 0.4.");
        if (gpus is <= 0)
            throw new ScalingLawsException($"{Setting.Gpus} {gpus}: the number of GPUs must be positive.");
        if (price is { } p && !(p > 0 && double.IsFinite(p)))
            throw new ScalingLawsException($"{Setting.Price} {p:G4}: the price per GPU-hour must be a positive number.");
        (Gpu, Mfu, Gpus, Price) = (gpu, mfu, gpus, price);
    }

    /// <summary>The GPU.</summary>
    public Accelerator Gpu { get; }
    /// <summary>Model FLOPs utilisation, in (0, 1].</summary>
    public double Mfu { get; }
    /// <summary>How many GPUs, for wall-clock days; null when not given.</summary>
    public int? Gpus { get; }
    /// <summary>Price per GPU-hour, in dollars; null when not given.</summary>
    public double? Price { get; }

    /// <summary>FLOPs delivered per GPU-hour: peak · MFU · 3600.</summary>
    public double FlopsPerGpuHour => Gpu.PeakFlops * Mfu * 3600;

    /// <summary>GPU-hours, days and dollars for <paramref name="flops"/> FLOPs.</summary>
    public TrainingCost Of(double flops)
    {
        var gpuHours = flops / FlopsPerGpuHour;
        return new TrainingCost(gpuHours, gpuHours / Gpus / 24, gpuHours * Price);
    }

    /// <summary>The FLOPs a budget of GPU-hours buys.</summary>
    public double FlopsFor(double gpuHours) => gpuHours * FlopsPerGpuHour;

    /// <summary>The GPU-hours a budget of dollars buys; needs the price.</summary>
    public double GpuHoursFor(double dollars) =>
        dollars / (Price ?? throw new ScalingLawsException($"a budget in dollars needs the price per GPU-hour: give {Setting.Price}, e.g. 2.5."));
}
