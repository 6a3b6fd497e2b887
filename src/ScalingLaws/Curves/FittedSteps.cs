using ScalingLaws.Prediction;

namespace ScalingLaws.Curves;

/// <summary>
/// The steps a loss-curve law was fitted on, as the range a prediction's distance is measured against:
/// a step s beyond the last fitted step s_max lies s/s_max times beyond the data (the factor printed,
/// "3.3× the last fitted step"), and its distance for the error model is
/// log10(s/s_max) / max(log10(s_max/s_min), <see cref="InputFactor.MinimumSpan"/>), decades beyond the fit
/// per decade of steps fitted, as a scaling law's distance is decades beyond per decade of sizes fitted.
/// s_min is the first positive fitted step; with several fitted runs the range spans them all.
/// </summary>
public static class FittedSteps
{
    /// <summary>The range of the steps of the fitted curves.</summary>
    public static FittedRanges Of(IEnumerable<LossCurve> fitted) => Of(fitted.SelectMany(c => c.Steps.Select(s => (double)s)));

    /// <summary>The range of the fitted steps themselves (e.g. a temporal law's fitted checkpoints).</summary>
    public static FittedRanges Of(IEnumerable<double> fittedSteps)
    {
        var steps = fittedSteps.Where(s => s > 0 && double.IsFinite(s)).ToArray();
        if (steps.Length == 0)
            throw new ScalingLawsException("no fitted point has a positive step to measure the distance of a prediction from; fit on points after step 0.");
        return new FittedRanges([new InputRange(Field.Step, steps.Min(), steps.Max())]);
    }

    /// <summary>How far <paramref name="step"/> lies beyond the fitted steps.</summary>
    public static ExtrapolationDistance DistanceOf(this FittedRanges steps, double step) => steps.DistanceOf([step]);
}
