namespace ScalingLaws.Cli.Options;

/// <summary>The command-line option of each setting the core's messages point to.</summary>
internal static class SettingFlags
{
    public static string Flag(Setting setting) => setting switch
    {
        Setting.Fix => "--fix",
        Setting.Tie => "--tie",
        Setting.Bound => "--bound",
        Setting.Delta => "--delta",
        Setting.Objective => "--objective",
        Setting.MaxIterations => "--max-iterations",
        Setting.StartStride => "--start-stride",
        Setting.Bootstrap => "--bootstrap",
        Setting.MinTokens => "--min-tokens",
        Setting.DropHighestLoss => "--drop-highest-loss",
        Setting.OneRowPerRun => "--one-row-per-run",
        Setting.FitFraction => "--fit-fraction",
        Setting.FitRuns => "--fit-runs",
        Setting.FromStep => "--from-step",
        Setting.Law => "--law",
        Setting.Procedure => "--procedure",
        Setting.Budgets => "--budgets",
        Setting.BudgetColumn => "--budget-column",
        Setting.Tolerance => "--tolerance",
        Setting.Points => "--points",
        Setting.Positions => "--context",
        Setting.Checkpoints => "--checkpoints",
        Setting.Noise => "--noise",
        Setting.Family => "--family",
        Setting.Where => "--where",
        Setting.ExcludeModel => "--exclude-model",
        Setting.Pool => "--pool",
        Setting.UniqueTokens => "--unique-tokens",
        Setting.Gpu => "--gpu",
        Setting.Mfu => "--mfu",
        Setting.Gpus => "--gpus",
        Setting.Price => "--price",
        Setting.TargetLoss => "--target-loss",
        Setting.ModelCounts => "--models",
        Setting.InferenceTokens => "--inference-tokens",
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, "no option for this setting"),
    };

    /// <summary>The exception's message as the command line words it.</summary>
    public static string Worded(this ScalingLawsException exception) => exception.Describe(Flag);
}
