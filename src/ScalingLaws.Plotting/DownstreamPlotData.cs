namespace ScalingLaws.Plotting;

/// <summary>One point of an accuracy law's curve: the law's accuracy at <paramref name="X"/> and its 95% interval.</summary>
public sealed record DownstreamCurvePoint(double X, double Accuracy, double Lower, double Upper);

/// <summary>
/// A task's scores against loss or compute for <see cref="ScalingPlots.Downstream"/>: the fitted scores, the held-out
/// ones (drawn apart), the fitted law's curve with its 95% band, and the chance level.
/// </summary>
/// <param name="AgainstCompute">True for compute on a log axis, false for loss on a linear one.</param>
/// <param name="XLabel">The horizontal axis, e.g. "Loss: log2(LAMBADA perplexity)".</param>
public sealed record DownstreamPlotData(
    string Task,
    string Law,
    double Chance,
    bool AgainstCompute,
    string XLabel,
    IReadOnlyList<(double X, double Accuracy)> Fitted,
    IReadOnlyList<(double X, double Accuracy)> HeldOut,
    IReadOnlyList<DownstreamCurvePoint> Curve);
