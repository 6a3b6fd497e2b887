namespace ScalingLaws.Curves;

/// <summary>
/// The fitted decay exponent <paramref name="Parameter"/> is negative (<paramref name="Value"/>): the law's loss rises
/// as training goes on, which no training loss does. The curve is most likely not a loss (an accuracy, a learning rate,
/// a step counter) or a run that diverged; the fit itself can be a clean minimum, so only this says so.
/// </summary>
public sealed record LossRisesWithTraining(string Parameter, double Value) : FitDiagnostic;
