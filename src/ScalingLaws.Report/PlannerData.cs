namespace ScalingLaws.Report;

/// <summary>
/// What the report's planner script reads: the law's (E, A, B, α, β), the bootstrap draws, the largest run, and
/// what it needs to compute the predictive interval at any budget (ranges of N and D, in that order, and of C = 6ND when the
/// law file stores it), and the GPU costs when given.
/// </summary>
internal sealed record PlannerData(double[] Law, double[][] Draws, double? LargestRun, PlannerData.Errors? Predictive, PlannerData.Costs? Cost)
{
    internal sealed record Errors(double Sigma0, double Slope, double Multiplier, double[][] Ranges, double[]? Compute, double MinimumSpan, double Normal);

    /// <summary>What a GPU-hour buys, for the planner's cost of a budget.</summary>
    internal sealed record Costs(double FlopsPerGpuHour, int? Gpus, double? Price);
}
