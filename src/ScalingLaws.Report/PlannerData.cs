using System.Text.Json.Serialization;

namespace ScalingLaws.Report;

/// <summary>
/// What the report's planner script reads: the law's (E, A, B, α, β), the bootstrap draws, the largest run, and
/// what it needs to compute the predictive interval at any budget (ranges of N and D, in that order, and of C = 6ND when the
/// law file stores it), and the GPU costs when given.
/// </summary>
internal sealed record PlannerData(double[] Law, double[][] Draws, double? LargestRun, PlannerData.Errors? Predictive, PlannerData.Costs? Cost)
{
    /// <summary>
    /// The main error model and, where measured, the one for budgets beyond every run's compute (PredictiveModel.CostlierErrors), the
    /// fitted ranges they are read against, whether the fit's E collapsed (UnseenFloor), and without bootstrap draws the fit's
    /// covariance (PredictiveModel.Covariance: fitting scale (ln E, ln A, ln B, α, β), row by row) for the parameters' share by the
    /// delta method; left out of the page when there are draws or no covariance.
    /// </summary>
    internal sealed record Errors(
        Model Main, Model? Costlier, double[][] Ranges, double[]? Compute, bool Collapsed, double MinimumSpan, double Normal,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double[]? Covariance);

    /// <summary>σ(d) = sqrt(σ0² + (k·d)²) and its 95% multiplier (ExtrapolationErrorModel).</summary>
    internal sealed record Model(double Sigma0, double Slope, double Multiplier);

    /// <summary>What a GPU-hour buys, for the planner's cost of a budget.</summary>
    internal sealed record Costs(double FlopsPerGpuHour, int? Gpus, double? Price);
}
