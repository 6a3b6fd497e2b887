using ScalingLaws.Estimation;
using ScalingLaws.Planning;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.Analysis;

/// <summary>
/// Everything a report shows, computed before any HTML is written. A section reads what it needs
/// and says why when something is absent (e.g. no training curves, so no estimation study).
/// </summary>
public sealed record ReportData
{
    /// <summary>Where the rows came from (a file name or "dataset NAME").</summary>
    public required string Source { get; init; }

    /// <summary>The rows analysed.</summary>
    public required ObservationTable Table { get; init; }

    /// <summary>The law fitted to every row.</summary>
    public required FitResult Fit { get; init; }

    /// <summary>The fit under resampled rows, for intervals; null without resamples.</summary>
    public BootstrapResult? Bootstrap { get; init; }

    /// <summary>The compute-optimal allocation of a Chinchilla fit; null for other laws or when an exponent is not positive.</summary>
    public ComputeOptimal? Law { get; init; }

    /// <summary>The allocation under every bootstrap resample, for intervals; null without a bootstrap.</summary>
    public AllocationUncertainty? Spread { get; init; }

    /// <summary>
    /// The fitted ranges, the law's extrapolation-error model and the fit's covariance (the delta method's share of L* without a
    /// bootstrap), for the predictive intervals of L*; null without a frontier, when <see cref="ReportSettings.Backtest"/> is null or
    /// the table cannot be backtested.
    /// </summary>
    public Prediction.PredictiveModel? Predictive { get; init; }

    /// <summary>Approach 2 on the runs that are not training curves; null with <see cref="IsoFlopNote"/> saying why.</summary>
    public IsoFlopResult? IsoFlop { get; init; }

    /// <summary>Why there are no IsoFLOP profiles, when there are none.</summary>
    public string? IsoFlopNote { get; init; }

    /// <summary>The exponent a from Approach 2 and from the fitted law, side by side; null unless both exist.</summary>
    public ExponentComparison? Exponents { get; init; }

    /// <summary>The families whose sizes each have a training curve (several checkpoints).</summary>
    public IReadOnlyList<string> CurveFamilies { get; init; } = [];

    /// <summary>The estimation study on <see cref="CurveFamilies"/>; null with <see cref="StudyNote"/> saying why.</summary>
    public StudyResult? Study { get; init; }

    /// <summary>How the estimation study ran.</summary>
    public required EvaluationSettings StudySettings { get; init; }

    /// <summary>Why there is no estimation study, when there is none; or how its cut was set, when not as asked.</summary>
    public string? StudyNote { get; init; }

    /// <summary>What made the page, for its footer.</summary>
    public string Generator { get; init; } = "scaling";

    /// <summary>What the planner costs its budgets on, or null.</summary>
    public Planning.CostSettings? Cost { get; init; }

    /// <summary>Each curve family's largest run predicted from its first checkpoints (<see cref="CurvePredictions"/>).</summary>
    public IReadOnlyList<Curves.CurveOutcome> CurveOutcomes { get; init; } = [];

    /// <summary>Why a curve family's run could not be predicted, one line each.</summary>
    public IReadOnlyList<string> CurveNotes { get; init; } = [];

    /// <summary>Each task's accuracy law when the table has task columns (<see cref="DownstreamTasks"/>); empty otherwise.</summary>
    public IReadOnlyList<DownstreamTask> Downstream { get; init; } = [];

    /// <summary>Why there is no benchmark-accuracy analysis, when there is none.</summary>
    public string? DownstreamNote { get; init; }
}
