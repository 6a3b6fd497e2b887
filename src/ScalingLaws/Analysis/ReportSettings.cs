using ScalingLaws.Downstream;
using ScalingLaws.Estimation;
using ScalingLaws.Planning;
using ScalingLaws.Prediction;

namespace ScalingLaws.Analysis;

/// <summary>How the analyses behind a report run: the fit, its bootstrap, Approach 2 and the estimation study.</summary>
public sealed record ReportSettings
{
    /// <summary>The law and fit options, as <c>scaling fit</c> would use them.</summary>
    public required LawFitter Fitter { get; init; }

    /// <summary>Bootstrap resamples of the rows for intervals; 0 for none.</summary>
    public int Resamples { get; init; }

    /// <summary>The seed of the bootstraps' resampling.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>How runs are grouped into compute budgets for the IsoFLOP profiles.</summary>
    public IsoFlopAnalysis IsoFlop { get; init; } = new();

    /// <summary>The estimation study run on the families that have training curves.</summary>
    public EvaluationSettings Study { get; init; } = new();

    /// <summary>
    /// How the law's own extrapolation error is measured for the predictive intervals of L* (compute-optimal
    /// table and planner): a backtest by model size on at most 8 cut points, each fit with the fitter's options
    /// and the start grid thinned to every third value; null for parameter-only intervals. Every third value, not
    /// every other as 'fit --out' does: on Chinchilla's 240 runs the error model agrees to 5 significant figures
    /// (σ0 0.0053006 against 0.0053009, k 0.031266 both, the same multiplier) in a quarter of the time (31 against 130 ms).
    /// </summary>
    public BacktestSettings? Backtest { get; init; } = new() { MaxCuts = 8, FitOptions = FitOptions.Default with { StartStride = 3 } };

    /// <summary>The GPU, utilisation, count and price the planner costs its budgets on; null for FLOPs only.</summary>
    public CostSettings? Cost { get; init; }

    /// <summary>
    /// Reads every benchmark task's scores of a metric out of the table (the IO library's <c>TaskColumns.All</c>), for the
    /// accuracy laws (<see cref="DownstreamTasks"/>); null when the table is not to be read for tasks, and the page then says
    /// so (<see cref="DownstreamTasks.NotRead"/>) instead of that the table has no task columns.
    /// </summary>
    public Func<ObservationTable, string, IReadOnlyList<TaskScores>>? Tasks { get; init; }

    /// <summary>What made the page, for its footer, e.g. "scaling 0.1.0".</summary>
    public string Generator { get; init; } = "scaling";
}
