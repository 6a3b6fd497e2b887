namespace ScalingLaws.Curves;

/// <summary>
/// How far the learning rate has decayed since the end of the fitted part, the covariate u of the error model
/// (<see cref="Prediction.ExtrapolationErrorModel.DecaySlope"/>): u(t) = max(η(s_end) − η(t), 0) / peak η for a predicted step t beyond
/// the last fitted step s_end, 0 at or before it and for a curve without a schedule. A rise (a cut inside the warm-up) is not a
/// decay: counted as one, it moved the own backtests of constant-rate runs off the binned estimator. A law fitted before a decay has not seen the
/// annealing it must predict, so its error grows with the decay it did not see, not only with the steps: runs whose fitted parts
/// are the same (wsdcon_3, _9 and _18 up to step 8,000) err in the order of their later decay (Spearman 0.85–0.92 over the
/// Multi-Power runs, docs/curves.md).
/// </summary>
public static class UnseenDecay
{
    /// <summary>u at each point of <paramref name="curve"/> for a law fitted up to step <paramref name="fitEnd"/>.</summary>
    public static double[] Of(LossCurve curve, double fitEnd)
    {
        var decay = new double[curve.Count];
        if (curve.Schedule is not { } schedule)
            return decay;
        var peak = schedule.Rate(schedule.PeakStep);
        var atEnd = schedule.Rate((int)Math.Clamp(Math.Floor(fitEnd), 0, schedule.LastStep));
        for (var i = 0; i < decay.Length; i++)
        {
            var step = curve.Steps[i];
            if (step > fitEnd && step <= schedule.LastStep && peak > 0)
                decay[i] = Math.Max(atEnd - schedule.Rate(step), 0) / peak;
        }
        return decay;
    }

    /// <summary>The last fitted step of <paramref name="steps"/> (<see cref="FittedSteps"/>): where the unseen decay starts.</summary>
    public static double FitEnd(Prediction.FittedRanges steps) => steps.Inputs.Max(r => r.Max);
}
