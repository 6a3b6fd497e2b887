namespace ScalingLaws.Estimation.SweepPlanning;

/// <summary>A recommended sweep: its runs (smallest first, the target's partial run last), their compute, the expected error and the reasoning.</summary>
public sealed record SweepPlan(
    SweepRequest Request,
    IReadOnlyList<PlannedSweepRun> Runs,
    double TotalFlops,
    ExpectedError? Expected,
    IReadOnlyList<string> Reasoning,
    IReadOnlyList<string> Warnings);
