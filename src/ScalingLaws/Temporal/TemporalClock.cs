namespace ScalingLaws.Temporal;

/// <summary>
/// The temporal coordinates of every checkpoint of a run, scaled by the last fitted checkpoint so that
/// fitted coefficients are of order one. The area under the learning rate S1 (Tissue et al. 2024) is
/// known only at checkpoints, so it is integrated by the trapezoid rule between them. Before the first
/// checkpoint the schedule is unknown: the area lies between the triangle step·η/2 (a linear warmup
/// lasting up to it) and the rectangle step·η (no warmup). A warmup makes the rectangle overstate S1
/// by half its area, which bends ln S1 at the early checkpoints enough to mislead the fit, so
/// <see cref="Calibrated"/> picks the fraction of the rectangle with which the schedule form best fits
/// the loss floors a2 of the fitted checkpoints (the part of the loss that no context helps, the best
/// determined of the three parameters and the one the schedule moves most).
/// </summary>
public sealed class TemporalClock
{
    /// <summary>The fractions of the rectangle step·η tried for the area before the first checkpoint.</summary>
    public static ImmutableArray<double> InitialAreaFractions { get; } = [.. Enumerable.Range(0, 51).Select(k => 0.5 + 0.01 * k)];

    private TemporalClock(double initialAreaFraction, double tokenScale, double areaScale, double rateScale, ImmutableArray<double> area, ImmutableArray<TemporalPoint> points)
    {
        InitialAreaFraction = initialAreaFraction;
        TokenScale = tokenScale;
        AreaScale = areaScale;
        RateScale = rateScale;
        Area = area;
        Points = points;
    }

    /// <summary>S1 at the first checkpoint as a fraction of step·η there (0.5: warmup up to it; 1: no warmup).</summary>
    public double InitialAreaFraction { get; }

    /// <summary>t_ref: tokens at the last fitted checkpoint.</summary>
    public double TokenScale { get; }

    /// <summary>S1_ref: the learning-rate area at the last fitted checkpoint (NaN without learning rates).</summary>
    public double AreaScale { get; }

    /// <summary>η_ref: the largest fitted learning rate (NaN without learning rates).</summary>
    public double RateScale { get; }

    /// <summary>S1 at every checkpoint, in learning rate × steps (NaN without learning rates).</summary>
    public ImmutableArray<double> Area { get; }

    /// <summary>The coordinates of every checkpoint of the run, fitted or not.</summary>
    public ImmutableArray<TemporalPoint> Points { get; }

    /// <param name="fitted">How many leading checkpoints are fitted; they set the scales.</param>
    /// <param name="initialAreaFraction">S1 at the first checkpoint as a fraction of step·η there.</param>
    public static TemporalClock For(PositionLosses run, int fitted, double initialAreaFraction = 1)
    {
        var area = LearningRateArea(run, initialAreaFraction);
        var tokenScale = run[fitted - 1].Tokens;
        var areaScale = area[fitted - 1];
        var rateScale = run.HasLearningRate ? run.Checkpoints.Take(fitted).Max(c => c.LearningRate!.Value) : double.NaN;
        var points = run.Checkpoints.Select((c, k) => new TemporalPoint(
            c.Tokens / tokenScale,
            Math.Log(area[k] / areaScale),
            (c.LearningRate ?? double.NaN) / rateScale));
        return new TemporalClock(initialAreaFraction, tokenScale, areaScale, rateScale, area, [.. points]);
    }

    /// <summary>
    /// The clock whose initial area (one of <see cref="InitialAreaFractions"/>) lets the schedule form fit
    /// <paramref name="floors"/>, the a2 of the first checkpoints, best by least squares. Without
    /// learning rates there is no area to calibrate.
    /// </summary>
    public static TemporalClock Calibrated(PositionLosses run, IReadOnlyList<double> floors)
    {
        var fitted = floors.Count;
        if (!run.HasLearningRate || !(run[0].LearningRate > 0))
            return For(run, fitted);
        return InitialAreaFractions.Select(f => For(run, fitted, f)).MinBy(clock =>
        {
            var points = clock.Points.Take(fitted).ToArray();
            var z = TemporalForm.Schedule.Starts(points, floors)[0];
            return points.Select((p, k) => Math.Pow(floors[k] - TemporalForm.Schedule.Value(z, p), 2)).Sum();
        })!;
    }

    private static ImmutableArray<double> LearningRateArea(PositionLosses run, double initialAreaFraction)
    {
        if (!run.HasLearningRate)
            return [.. Enumerable.Repeat(double.NaN, run.Count)];
        var area = new double[run.Count];
        area[0] = initialAreaFraction * run[0].Step * run[0].LearningRate!.Value;
        for (var k = 1; k < run.Count; k++)
            area[k] = area[k - 1] + (run[k].Step - run[k - 1].Step) * 0.5 * (run[k].LearningRate!.Value + run[k - 1].LearningRate!.Value);
        return [.. area];
    }
}
