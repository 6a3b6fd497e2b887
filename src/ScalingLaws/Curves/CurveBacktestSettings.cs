using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>How a loss-curve law's own extrapolation error is measured along the runs it was fitted to (<see cref="CurveBacktest"/>).</summary>
public sealed record CurveBacktestSettings
{
    /// <summary>
    /// Each fitted run is cut at these fractions of its last fitted step; the law is refitted on the points
    /// up to the cut and predicts the fitted points after it. The earliest cut extrapolates 3.3×, as far as
    /// a fit on 30 % of a run does to its end.
    /// </summary>
    public ImmutableArray<double> CutFractions { get; init; } = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

    /// <summary>
    /// A cut is fitted only with at least this many points per parameter: a law refitted on a handful of
    /// points swings far more than the fit it stands for, and its errors would widen every interval.
    /// </summary>
    public int MinimumPointsPerParameter { get; init; } = 3;

    /// <summary>The error model comes from the runs' own cuts only when at least this many could be fitted; otherwise from <see cref="Prior"/>.</summary>
    public int MinimumCuts { get; init; } = 3;

    /// <summary>The error model where the fitted part is too short to cut; null for the law's <see cref="CurvePrior"/> for the fit's procedure.</summary>
    public ExtrapolationErrorModel? Prior { get; init; }

    /// <summary>
    /// Whether the curves are of the kind the prior was measured on: training losses (<see cref="CurvePrior.Datasets"/>). A task's
    /// evaluation loss (e.g. ln LAMBADA perplexity) errs far more; with false, a fitted part too short to cut gets no interval
    /// rather than one borrowed from another quantity.
    /// </summary>
    public bool PriorApplies { get; init; } = true;

    /// <summary>Cut points fitted at once; each fit runs on one thread.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    internal void Validate()
    {
        if (CutFractions.IsDefaultOrEmpty || CutFractions.Any(f => !(f > 0 && f < 1)))
            throw new ScalingLawsException("every cut of a loss-curve backtest must lie strictly between 0 and 1 of the fitted part.");
        if (MinimumPointsPerParameter < 1)
            throw new ScalingLawsException($"a cut needs at least 1 point per parameter, got {MinimumPointsPerParameter}.");
        if (MinimumCuts < 1)
            throw new ScalingLawsException($"the error model needs at least 1 cut point, got {MinimumCuts}.");
        Parallelism.CheckDegree(MaxDegreeOfParallelism);
    }
}
