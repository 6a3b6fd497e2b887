namespace ScalingLaws.Downstream;

/// <summary>
/// Fits each accuracy law to a task's fitted rows (the smaller models, or every run's earlier checkpoints, as the split
/// says) and predicts the held-out final scores: the two-step chain (the loss law's prediction, then the sigmoid or
/// exponential law of loss) and the direct law of compute, against the split's trivial baseline.
/// </summary>
public static class DownstreamBacktest
{
    /// <param name="lossLaw">The loss law fitted to the same fitted rows, for the two-step chain; null to skip it.</param>
    public static DownstreamBacktestResult Run(TaskScores task, DownstreamSplit split, LossLaw? lossLaw, CancellationToken cancellation = default)
    {
        var fitted = split.Fitted(task);
        if (Predictability.Unfittable(fitted) is { } verdict)
            return new DownstreamBacktestResult(task.Task, task.Metric, verdict, fitted.Count, [], split.BaselineName);
        var twoStep = lossLaw is not null && fitted.HasLoss;
        var sigmoid = twoStep ? new AccuracyFitter(SigmoidAccuracyLaw.Instance).Fit(fitted, cancellation) : null;
        var exponential = twoStep ? new AccuracyFitter(ExponentialErrorLaw.Instance).Fit(fitted, cancellation) : null;
        var direct = new AccuracyFitter(DirectComputeLaw.Instance).Fit(fitted, cancellation);
        var heldOut = split.Targets(task).Select(target => new HeldOutScore(
            target,
            sigmoid is null ? null : TwoStepChain.Predict(lossLaw!, sigmoid, target.Params, target.Tokens),
            exponential is null ? null : TwoStepChain.Predict(lossLaw!, exponential, target.Params, target.Tokens),
            direct.Predict(target.Compute),
            split.Baseline(task, target))).ToList();
        return new DownstreamBacktestResult(task.Task, task.Metric, (sigmoid ?? direct).Verdict, fitted.Count, heldOut, split.BaselineName);
    }
}
