namespace ScalingLaws.Estimation.SweepPlanning;

/// <summary>
/// What a sweep is for: the target model (N, D) whose loss the sweep should predict, and the compute
/// the sweep may spend.
/// </summary>
/// <param name="TargetParams">The target's parameter count N_T.</param>
/// <param name="TargetTokens">The target's planned training tokens D_T.</param>
/// <param name="Budget">The sweep's compute in FLOPs (C = 6ND), including any partial run of the target.</param>
/// <param name="Models">How many smaller sizes to train (the study's advice: about 5).</param>
/// <param name="SizeSpread">The largest planned size over the smallest (log-spaced between them); 100 spans two orders of magnitude.</param>
/// <param name="TargetFraction">Train the target itself to this fraction of its run when the budget allows (the study: about 30 %); null never does.</param>
/// <param name="MinTokens">Checkpoints at or below this many tokens are dropped from the fit (the study: 10B).</param>
public sealed record SweepRequest(
    double TargetParams,
    double TargetTokens,
    double Budget,
    int Models = 5,
    double SizeSpread = 100,
    double? TargetFraction = 0.3,
    double MinTokens = EvaluationSettings.GuideMinTokens)
{
    /// <summary>The target's full training compute, 6·N_T·D_T.</summary>
    public double TargetFlops => 6 * TargetParams * TargetTokens;
}
