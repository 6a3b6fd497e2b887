namespace ScalingLaws.Planning;

/// <summary>
/// What C FLOPs cost on a GPU at a model FLOPs utilisation (MFU): GPU-hours = C / (peak · MFU) / 3600; with a
/// GPU count, the wall-clock days; with a price per GPU-hour, the dollars.
/// </summary>
public sealed record TrainingCost(double GpuHours, double? Days, double? Dollars);
