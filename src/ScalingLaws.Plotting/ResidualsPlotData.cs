namespace ScalingLaws.Plotting;

/// <summary>
/// The residuals of a fit against one input, for a residual plot. On the log scale (a Huber fit on
/// ln L) a residual is ln L − ln L̂; on the raw scale it is L − L̂.
/// </summary>
/// <param name="Inputs">The input per row (N or D), positive; drawn on a log axis.</param>
/// <param name="Residuals">The residual per row, same order and count.</param>
/// <param name="InputLabel">The axis label, e.g. "Parameters N".</param>
/// <param name="LogScale">Whether the residuals are ln L − ln L̂ (true) or L − L̂ (false).</param>
/// <param name="Delta">The Huber threshold δ: rows beyond ±δ are down-weighted and drawn apart; null for a least-squares fit.</param>
public sealed record ResidualsPlotData(
    IReadOnlyList<double> Inputs,
    IReadOnlyList<double> Residuals,
    string InputLabel,
    bool LogScale,
    double? Delta = null);
