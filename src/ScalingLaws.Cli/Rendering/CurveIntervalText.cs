using System.Globalization;

namespace ScalingLaws.Cli.Rendering;

/// <summary>Loss-curve and temporal predictive intervals in words: the error model, the reach of an extrapolation, the coverage.</summary>
internal static class CurveIntervalText
{
    /// <summary>How a loss-curve law's backtest refits it, for <see cref="Describe"/>.</summary>
    public const string CurveBacktest = "refitting each fitted run on its first 30–80 % and predicting the rest of the fitted part";

    /// <summary>How the temporal law's backtest refits it, for <see cref="Describe"/>.</summary>
    public const string TemporalBacktest = "refitting the law on the first 50–80 % of the fitted checkpoints and predicting the rest of them";

    /// <summary>Why a fit has no interval: too short to cut, and curves of another kind than the prior's (<see cref="CurveBacktestSettings.PriorApplies"/>).</summary>
    public const string NoPrior = "no predictive interval: the fitted part is too short to backtest (fewer than 3 cuts with 3 points per parameter), " +
        "and the loss-curve prior was measured on training losses, which these curves are not";

    /// <summary>How the intervals were measured, in one line; <paramref name="backtest"/> says how the law was refitted.</summary>
    public static string Describe(PredictiveModel predictive, string backtest = CurveBacktest)
    {
        var model = predictive.Errors;
        var formula = model.DecaySlope > 0
            ? $"σ(d, u) = sqrt({Numbers.Format(model.Sigma0, 2)}² + ({Numbers.Format(model.Slope, 2)}·d)² + ({Numbers.Format(model.DecaySlope, 2)}·u)²) on ln L, ×{Numbers.Format(model.Multiplier, 3)} for 95%; " +
              "d = decades of steps beyond the last fitted step per decade of steps fitted, u = the learning rate's decay since the last fitted step per peak rate"
            : $"σ(d) = sqrt({Numbers.Format(model.Sigma0, 2)}² + ({Numbers.Format(model.Slope, 2)}·d)²) on ln L, ×{Numbers.Format(model.Multiplier, 3)} for 95%; " +
              "d = decades of steps beyond the last fitted step per decade of steps fitted";
        return model.Source == ErrorModelSource.Prior
            ? $"predictive 95% interval: {formula}; the prior measured on the Multi-Power curves (the fitted part is too short to backtest)"
            : $"predictive 95% interval: {formula}; measured by {backtest} ({Numbers.Count(model.CutPoints)} cuts; the parameters' uncertainty is inside these errors)";
    }

    /// <summary>An extrapolation factor, e.g. "3.3×", or "within" inside the fitted steps.</summary>
    public static string Factor(double factor) =>
        factor <= 1 ? "within" : Numbers.Format(factor, factor < 10 ? 2 : 3) + "×";

    /// <summary>"step 66,000 is 3.3× the last fitted step (20,000)".</summary>
    public static string Reach(int step, PredictiveModel predictive)
    {
        var last = predictive.Ranges.Inputs[0].Max;
        var factor = step / last;
        return factor <= 1
            ? $"step {Numbers.Count(step)} lies within the fitted steps (up to {Numbers.Count((int)last)})"
            : $"step {Numbers.Count(step)} is {Factor(factor)} the last fitted step ({Numbers.Count((int)last)})";
    }

    /// <summary>The coverage of the intervals in a sentence.</summary>
    public static string Coverage(CurveCoverage coverage) =>
        $"the predictive 95% interval covers {Numbers.Percent(coverage.Coverage)} of the {Numbers.Count(coverage.Points)} predicted points" +
        (coverage.Curves > 1 ? $" (each of the {coverage.Curves} curves weighing the same)" : "") +
        $"; mean half-width ±{Numbers.Percent(coverage.MeanRelativeHalfWidth)} against a mean relative error of {Numbers.Percent(coverage.MeanRelativeError)} " +
        $"({Numbers.Format(coverage.WidthRatio, 2)}×)";

    /// <summary>An interval as "[2.91, 3.02]".</summary>
    public static string Interval(PredictiveInterval interval) =>
        $"[{interval.Lower.ToString("F4", CultureInfo.InvariantCulture)}, {interval.Upper.ToString("F4", CultureInfo.InvariantCulture)}]";
}
