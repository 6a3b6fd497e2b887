namespace ScalingLaws.Curves;

/// <summary>
/// The four-parameter simplification the Multi-Power Law repository fits first, to initialise L0, A, alpha and B:
/// L = L0 + A·S1^(−alpha) − B·(η_max − η_t), the loss drop taken as linear in how far the rate has come down.
/// Its starts are the repository's 135-point grid around a log-log regression of the losses on S1.
/// </summary>
internal sealed class MultiPowerInitialLaw : AreaPowerLaw
{
    public const int L0 = 0, A = 1, Alpha = 2, B = 3;

    public static MultiPowerInitialLaw Instance { get; } = new();

    private MultiPowerInitialLaw()
        : base("multipower-initial", "L = L0 + A*S1^(-alpha) - B*(eta_max - eta_t)", description: "the Multi-Power Law repository's four-parameter initialisation",
            drop: new("B", ParameterScale.Log, []))
    {
    }

    private protected override double[] DropFeature(LossCurve curve, LearningRateSchedule schedule)
    {
        var peak = AnnealingLaw.MaxRate(schedule);
        return [.. curve.Steps.Select(s => peak - schedule.Rate(s))];
    }

    /// <summary>
    /// The repository's grid: L0 within ±0.2 of the lowest loss (5 values), A and alpha within ±0.1 of a straight-line fit
    /// of ln(L − L_min + 0.01) on ln S1 (3 each), B ∈ {100, 550, 1000} (for a peak rate of 3e-4; scaled to the runs' peak).
    /// Values the grid puts at or below 0 start just above it, as the repository's bound at 0 does.
    /// </summary>
    internal override IReadOnlyList<double[]> Starts(IReadOnlyList<LossCurve> curves)
    {
        var least = curves.Min(c => c.Loss.Min());
        var (slope, intercept) = LogLogLine(curves, least);
        var peak = curves.Max(c => AnnealingLaw.MaxRate(ScheduleOf(c)));
        var bScale = 3e-4 / peak;
        return [.. from l0 in Spread(least, 0.2, 5)
                   from a in Spread(Math.Exp(intercept), 0.1, 3)
                   from alpha in Spread(-slope, 0.1, 3)
                   from b in Spread(550, 450, 3)
                   select new[] { Positive(l0), Positive(a), alpha, b * bScale }];
    }

    private static double Positive(double value) => Math.Max(value, 1e-3);

    private static IEnumerable<double> Spread(double centre, double halfWidth, int count) =>
        Enumerable.Range(0, count).Select(i => centre - halfWidth + 2 * halfWidth * i / (count - 1));

    /// <summary>Least-squares line of ln(L − least + 0.01) on ln S1 over every point of every curve.</summary>
    private (double Slope, double Intercept) LogLogLine(IReadOnlyList<LossCurve> curves, double least)
    {
        var x = new List<double>();
        var y = new List<double>();
        foreach (var curve in curves)
        {
            var schedule = ScheduleOf(curve);
            for (var i = 0; i < curve.Count; i++)
            {
                x.Add(Math.Log(schedule.Area(curve.Steps[i])));
                y.Add(Math.Log(curve.Loss[i] - least + 0.01));
            }
        }
        // MathNet's line, not LineFit: the published starts (and the stored curve priors) come from its rounding.
        var (intercept, slope) = MathNet.Numerics.Fit.Line([.. x], [.. y]);
        return (slope, intercept);
    }
}
