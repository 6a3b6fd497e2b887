using ScalingLaws.Fitting;
using ScalingLaws.Laws;

namespace ScalingLaws.Prediction;

/// <summary>How a backtest cuts the table and fits each cut.</summary>
public sealed record BacktestSettings
{
    /// <summary>How rows are ordered before cutting.</summary>
    public BacktestOrder Order { get; init; } = BacktestOrder.Params;

    /// <summary>
    /// The options of every fit. The default thins the start grid (243 of Chinchilla's 4,500 starts):
    /// a backtest fits the law once per cut point.
    /// </summary>
    public FitOptions FitOptions { get; init; } = FitOptions.Default with { StartStride = 2 };

    /// <summary>The fitted part of the first cut holds at least this many distinct values of the ordering quantity.</summary>
    public int MinimumTrainingLevels { get; init; } = 3;

    /// <summary>
    /// The fitted part of the first cut also holds at least this many rows per parameter the law fits (held and tied ones do not count): a
    /// five-parameter law fitted to a handful of rows extrapolates wildly, and those errors would
    /// dominate the error model of every later cut.
    /// </summary>
    public int MinimumRowsPerParameter { get; init; } = 4;

    /// <summary>The rows the first cut's fitted part needs for <paramref name="law"/>: <see cref="MinimumRowsPerParameter"/> per parameter it fits.</summary>
    internal int MinimumRows(ScalingLaw law) => MinimumRowsPerParameter * FitOptions.Constraints.FreeCount(law.Parameters);

    /// <summary>At most this many cut points, spread evenly in log scale; the last (leave-largest-out) is always one.</summary>
    public int MaxCuts { get; init; } = 15;

    /// <summary>A cut's interval comes from the table's own earlier cuts only when there are at least this many; otherwise from <see cref="Prior"/>.</summary>
    public int MinimumCutsForOwnModel { get; init; } = 3;

    /// <summary>The error model, in units of each fit's residual scale, where the table has too few earlier cuts.</summary>
    public RelativePrior Prior { get; init; } = HitchhikerPrior.Relative;

    /// <summary>Run each family (<see cref="Data.Observation.Family"/>) as its own backtest.</summary>
    public bool SplitFamilies { get; init; }

    /// <summary>Cut points fitted at once; each fit runs on one thread.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Told of each finished cut point; null by default.</summary>
    public IProgress<WorkProgress>? Progress { get; init; }

    /// <summary>The distance the held-out errors are measured against: D/N below the fitted range when ordered by it, else the inputs' and compute's.</summary>
    public ExtrapolationAxis Axis => Order == BacktestOrder.TokensPerParam ? ExtrapolationAxis.Undertraining : ExtrapolationAxis.Scale;

    internal void Validate()
    {
        if (MinimumTrainingLevels < 2)
            throw new ScalingLawsException($"a backtest fits at least 2 distinct sizes, got {MinimumTrainingLevels}.");
        if (MinimumRowsPerParameter < 1)
            throw new ScalingLawsException($"a backtest fits at least 1 row per parameter, got {MinimumRowsPerParameter}.");
        if (MaxCuts < 1)
            throw new ScalingLawsException($"a backtest needs at least 1 cut point, got {MaxCuts}.");
        if (MinimumCutsForOwnModel < 1)
            throw new ScalingLawsException($"the error model needs at least 1 earlier cut point, got {MinimumCutsForOwnModel}.");
        Parallelism.CheckDegree(MaxDegreeOfParallelism);
    }
}
