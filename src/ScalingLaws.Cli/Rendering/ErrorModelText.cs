namespace ScalingLaws.Cli.Rendering;

/// <summary>An extrapolation-error model in words, with where it was measured.</summary>
internal static class ErrorModelText
{
    public static string Describe(PredictiveModel predictive) => Describe(predictive.Errors, predictive.Order) +
        (predictive.LongerErrors is { } longer ? $"; for fitted sizes trained longer, {Describe(longer, BacktestOrder.RunLength)}" : "") +
        (predictive.UndertrainedErrors is { } undertrained ? $"; for runs with fewer tokens per parameter than any fitted, added in quadrature, {Describe(undertrained, BacktestOrder.TokensPerParam)}" : "") +
        (predictive.CostlierErrors is { } costlier ? $"; for runs beyond every fitted run's compute, {Describe(costlier, BacktestOrder.Flops)}" : "");

    public static string Describe(ExtrapolationErrorModel model, BacktestOrder? order)
    {
        var distance = model.Along == ExtrapolationAxis.Undertraining ? "decades of D/N below the fitted range per decade it spans" : "decades beyond the data per decade it spans";
        var formula = $"σ(d) = sqrt({Numbers.Format(model.Sigma0, 2)}² + ({Numbers.Format(model.Slope, 2)}·d)²) on ln L, d = {distance}, ×{Numbers.Format(model.Multiplier, 3)} for 95%";
        return model.Source == ErrorModelSource.Prior
            ? $"{formula}; the prior measured across the Hitchhiker families, scaled by this fit's residual scale (for tables too small to backtest, or not backtested)"
            : $"{formula}; measured by backtests on the fitted table ({Numbers.Count(model.CutPoints)} cut points{(order is { } o ? " by " + ExtrapolationDocument.OrderName(o) : "")}, {Runs(model.Runs)} held-out runs)";
    }

    /// <summary>A count of held-out runs: whole numbers as counts (1,462), shares of runs to 3 figures.</summary>
    public static string Runs(double runs) => Math.Abs(runs - Math.Round(runs)) < 1e-6 ? Numbers.Count((int)Math.Round(runs)) : Numbers.Format(runs, 3);
}
