namespace ScalingLaws.Curves;

/// <summary>
/// Every law on the same tasks: each law fitted to each task's fitted points and scored on its targets. A law that
/// cannot be fitted to a task (no schedule, too few points, no convergence) is kept with the reason, not dropped silently.
/// </summary>
public sealed record CurveComparison(ImmutableArray<CurveLaw> Laws, ImmutableArray<CurveComparison.Entry> Entries)
{
    /// <summary>One law on one task: the outcome, or why there is none (an error whose settings each front end names its own way).</summary>
    public sealed record Entry(CurveTask Task, CurveLaw Law, CurveOutcome? Outcome, ScalingLawsException? Failure);

    /// <summary>Per law, its metrics averaged over every target curve of every task it was fitted to (null when none).</summary>
    public FitMetrics? Average(CurveLaw law)
    {
        var metrics = Entries.Where(e => e.Law == law && e.Outcome is not null).SelectMany(e => e.Outcome!.Predictions.Select(p => p.Metrics)).ToList();
        return metrics.Count == 0 ? null : CurveMetrics.Average(metrics);
    }

    /// <summary>Per law, how its predictive intervals covered every target curve of every task (null without intervals).</summary>
    public CurveCoverage? Coverage(CurveLaw law) =>
        CurveCoverage.Of(Entries.Where(e => e.Law == law && e.Outcome is not null).SelectMany(e => e.Outcome!.Predictions));

    /// <summary>Number of target curves over all tasks.</summary>
    public int TargetCount => Entries.Where(e => e.Law == Laws[0]).Sum(e => e.Task.Targets.Count);

    /// <param name="intervals">How to measure each fit's predictive intervals (<see cref="CurveBacktest"/>); null for none.</param>
    /// <param name="bootstrap">
    /// Resamples each fit made to the minimum, for the parameters' share of its predictive intervals; a fit by a published
    /// procedure (an early stop by design, not a minimum to refit) keeps the law's own error alone.
    /// </param>
    public static CurveComparison Run(
        IReadOnlyList<CurveLaw> laws, IReadOnlyList<CurveTask> tasks, CurveFitOptions? options = null, CancellationToken cancellation = default,
        CurveBacktestSettings? intervals = null, CurveBootstrap? bootstrap = null)
    {
        var entries = new List<Entry>();
        foreach (var task in tasks)
        {
            foreach (var law in laws)
            {
                try
                {
                    var outcome = CurveOutcome.Run(law, task, options, cancellation, intervals);
                    if (bootstrap is not null && outcome.Fit.Procedure == CurveFitProcedure.Minimum)
                        outcome = outcome.Resampled(bootstrap, options, cancellation);
                    entries.Add(new Entry(task, law, outcome, null));
                }
                catch (ScalingLawsException e)
                {
                    entries.Add(new Entry(task, law, null, e));
                }
            }
        }
        return new CurveComparison([.. laws], [.. entries]);
    }
}
