namespace ScalingLaws;

/// <summary>
/// A user-facing setting that a message can point to ("raise the fit fraction"). The core names a
/// setting by this value, never by how a front end spells it: the command line renders it as its
/// option (<c>--fit-fraction</c>), the library as <see cref="Settings.LibraryName"/>.
/// </summary>
public enum Setting
{
    /// <c>ParameterConstraints.Fix</c>.
    Fix,
    /// <c>ParameterConstraints.Tie</c>.
    Tie,
    /// <c>ParameterConstraints.Bound</c>.
    Bound,
    /// <c>FitOptions.Delta</c>.
    Delta,
    /// <c>FitOptions.Objective</c>.
    Objective,
    /// <c>LbfgsSettings.MaxIterations</c>.
    MaxIterations,
    /// <c>FitOptions.StartStride</c>.
    StartStride,
    /// <c>Bootstrap.Resamples</c>.
    Bootstrap,
    /// <c>RowRules.MinTokens</c>.
    MinTokens,
    /// <c>RowRules.DropHighestLoss</c>.
    DropHighestLoss,
    /// <c>ObservationTable.AsRuns</c>.
    OneRowPerRun,
    /// <summary>The fit fraction.</summary>
    FitFraction,
    /// <summary>The fitted runs.</summary>
    FitRuns,
    /// <c>PositionLosses.FromStep</c>, <c>LossCurve.FromStep</c>.
    FromStep,
    /// <summary>The law.</summary>
    Law,
    /// <c>CurveFitOptions.Procedure</c>.
    Procedure,
    /// <c>IsoFlopAnalysis.Budgets</c>.
    Budgets,
    /// <c>IsoFlopAnalysis.BudgetColumn</c>.
    BudgetColumn,
    /// <c>IsoFlopAnalysis.ToleranceDex</c>.
    Tolerance,
    /// <c>EnvelopeAnalysis.Points</c>.
    Points,
    /// <c>SyntheticRunSettings.Positions</c>.
    Positions,
    /// <c>SyntheticRunSettings.Checkpoints</c>.
    Checkpoints,
    /// <c>SyntheticRunSettings.Noise</c>.
    Noise,
    /// <c>RowSelection.Families</c>.
    Family,
    /// <c>RowSelection.Filters</c>.
    Where,
    /// <c>RowSelection.ExcludedModels</c>.
    ExcludeModel,
    /// <summary>Pooling groups on purpose.</summary>
    Pool,
    /// <summary>The unique tokens.</summary>
    UniqueTokens,
    /// <c>CostSettings.Gpu</c>.
    Gpu,
    /// <c>CostSettings.Mfu</c>.
    Mfu,
    /// <c>CostSettings.Gpus</c>.
    Gpus,
    /// <c>CostSettings.Price</c>.
    Price,
    /// <summary>The loss to reach (<c>ComputeOptimal.ForLoss</c>).</summary>
    TargetLoss,
    /// <c>EvaluationSettings.ModelCounts</c>.
    ModelCounts,
    /// <summary>The tokens a model serves (<c>InferenceAwareSizing.Solve</c>).</summary>
    InferenceTokens,
}

/// <summary>How the library itself names each <see cref="Setting"/> in messages: the member a caller sets.</summary>
public static class Settings
{
    /// <summary>The member a library caller sets for <paramref name="setting"/>.</summary>
    public static string LibraryName(this Setting setting) => setting switch
    {
        Setting.Fix => "ParameterConstraints.Fix",
        Setting.Tie => "ParameterConstraints.Tie",
        Setting.Bound => "ParameterConstraints.Bound",
        Setting.Delta => "FitOptions.Delta",
        Setting.Objective => "FitOptions.Objective",
        Setting.MaxIterations => "LbfgsSettings.MaxIterations",
        Setting.StartStride => "FitOptions.StartStride",
        Setting.Bootstrap => "Bootstrap.Resamples",
        Setting.MinTokens => "RowRules.MinTokens",
        Setting.DropHighestLoss => "RowRules.DropHighestLoss",
        Setting.OneRowPerRun => "ObservationTable.AsRuns",
        Setting.FitFraction => "the fit fraction",
        Setting.FitRuns => "the fitted runs",
        Setting.FromStep => "PositionLosses.FromStep",
        Setting.Law => "another law",
        Setting.Procedure => "CurveFitOptions.Procedure",
        Setting.Budgets => "IsoFlopAnalysis.Budgets",
        Setting.BudgetColumn => "IsoFlopAnalysis.BudgetColumn",
        Setting.Tolerance => "IsoFlopAnalysis.ToleranceDex",
        Setting.Points => "EnvelopeAnalysis.Points",
        Setting.Positions => "SyntheticRunSettings.Positions",
        Setting.Checkpoints => "SyntheticRunSettings.Checkpoints",
        Setting.Noise => "SyntheticRunSettings.Noise",
        Setting.Family => "RowSelection.Families",
        Setting.Where => "RowSelection.Filters",
        Setting.ExcludeModel => "RowSelection.ExcludedModels",
        Setting.Pool => "pooling the groups on purpose",
        Setting.UniqueTokens => "the unique tokens",
        Setting.Gpu => "CostSettings.Gpu",
        Setting.Mfu => "CostSettings.Mfu",
        Setting.Gpus => "CostSettings.Gpus",
        Setting.Price => "CostSettings.Price",
        Setting.TargetLoss => "the target loss",
        Setting.ModelCounts => "EvaluationSettings.ModelCounts",
        Setting.InferenceTokens => "the inference tokens",
        _ => setting.ToString(),
    };
}
