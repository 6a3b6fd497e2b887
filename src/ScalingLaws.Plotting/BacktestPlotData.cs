namespace ScalingLaws.Plotting;

/// <summary>
/// One held-out run of one backtest cut: how far beyond the fitted data it lay (a factor ≥ 1), its
/// error ln L − ln L̂ and the half-width of its predictive 95% interval on ln L (both averaged over the run's rows),
/// and whether the interval covered it.
/// </summary>
public sealed record BacktestPlotPoint(double Factor, double LogError, double LogHalfWidth, bool Covered);

/// <summary>The held-out runs of a backtest, for <see cref="ScalingPlots.Backtest"/>.</summary>
/// <param name="Coverage">The share of held-out runs covered, for the legend.</param>
public sealed record BacktestPlotData(IReadOnlyList<BacktestPlotPoint> Points, double Coverage);
