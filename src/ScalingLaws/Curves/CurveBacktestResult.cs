using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>
/// A loss-curve backtest: the held-out errors of every cut that could be fitted (each cut's held-out part
/// of a run weighs 1), how many cuts that was, and the error model they give (or the prior, when too few; null when too few
/// and the prior does not apply: <see cref="CurveBacktestSettings.PriorApplies"/>).
/// </summary>
public sealed record CurveBacktestResult(ImmutableArray<HeldOutError> Errors, int FittedCuts, ExtrapolationErrorModel? Model);
