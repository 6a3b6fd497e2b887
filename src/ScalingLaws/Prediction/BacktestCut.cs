namespace ScalingLaws.Prediction;

/// <summary>
/// One cut point of a backtest: the rows fitted (every run up to <see cref="Scale"/>, or for
/// <see cref="BacktestOrder.RunLength"/> every checkpoint up to it) and the rows held out beyond it.
/// </summary>
/// <param name="Index">Position of the cut in the backtest, smallest training set first.</param>
/// <param name="Family">The family the cut belongs to (backtests split by family), or null.</param>
/// <param name="Scale">The largest value of the ordering quantity in the fitted part.</param>
public sealed record BacktestCut(int Index, string? Family, double Scale, int[] Train, int[] HeldOut);
