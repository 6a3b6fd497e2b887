namespace ScalingLaws;

/// <summary>
/// A user-facing setting that a message can point to ("raise the fit fraction"). The core names a
/// setting by this value, never by how a front end spells it: the command line renders it as its
/// option (<c>--fit-fraction</c>), the library as <see cref="Settings.LibraryName"/>.
/// </summary>
public enum Setting
{
    Fix,
    Tie,
    Bound,
    Delta,
    Objective,
    MaxIterations,
    Bootstrap,
    MinTokens,
    DropHighestLoss,
    FitFraction,
    FitRuns,
    FromStep,
    Law,
    Procedure,
    Budgets,
    BudgetColumn,
    Tolerance,
    Points,
    Positions,
    Checkpoints,
    Noise,
    Family,
    Where,
    ExcludeModel,
    Pool,
    UniqueTokens,
    Gpu,
    Mfu,
    Gpus,
    Price,
}

/// <summary>How the library itself names each <see cref="Setting"/> in messages: the member a caller sets.</summary>
public static class Settings
{
    public static string LibraryName(this Setting setting) => setting switch
    {
        Setting.Fix => "ParameterConstraints.Fix",
        Setting.Tie => "ParameterConstraints.Tie",
        Setting.Bound => "ParameterConstraints.Bound",
        Setting.Delta => "FitOptions.Delta",
        Setting.Objective => "FitOptions.Objective",
        Setting.MaxIterations => "LbfgsSettings.MaxIterations",
        Setting.Bootstrap => "Bootstrap.Resamples",
        Setting.MinTokens => "RowRules.MinTokens",
        Setting.DropHighestLoss => "RowRules.DropHighestLoss",
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
        _ => setting.ToString(),
    };
}
