namespace ScalingLaws.Prediction;

/// <summary>
/// One held-out prediction of a backtest as the error model sees it: how far it extrapolated, the
/// error ln L − ln L̂, and its weight (each held-out run of a cut point weighs 1 in total, shared by its rows).
/// </summary>
/// <param name="Cut">The cut point whose fit made the prediction.</param>
public sealed record HeldOutError(int Cut, double Distance, double LogError, double Weight);
