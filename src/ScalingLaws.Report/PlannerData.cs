namespace ScalingLaws.Report;

/// <summary>
/// What the report's planner script reads: the law's (E, A, B, α, β), the bootstrap draws, the largest run, and
/// what it needs to compute the predictive interval at any budget (ranges of N and D, in that order).
/// </summary>
internal sealed record PlannerData(double[] Law, double[][] Draws, double? LargestRun, PlannerData.Errors? Predictive)
{
    internal sealed record Errors(double Sigma0, double Slope, double Multiplier, double[][] Ranges, double MinimumSpan, double Normal);
}
