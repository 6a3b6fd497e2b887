namespace ScalingLaws.Planning;

/// <summary>
/// Chinchilla's Approach 1: the envelope of the training curves. At each of
/// <see cref="Points"/> log-spaced compute values between the smallest and largest C any run
/// reaches, the run with the lowest (smoothed, interpolated) loss gives N_opt(C), and
/// D_opt = C/(6·N_opt); then N_opt ∝ C^a and D_opt ∝ C^b are fitted through those points.
/// </summary>
/// <remarks>
/// Points won by the smallest or the largest model size are left out of the fit: there the
/// compute-optimal size may lie outside the sizes trained, so the envelope stays flat on that size
/// instead of following the optimum (the counterpart of Approach 2 dropping a budget whose vertex
/// lies outside its sizes). Each run is swept only over the grid points inside its range, into
/// per-thread best arrays that are merged at the end.
/// </remarks>
public sealed class EnvelopeAnalysis
{
    /// <summary>Points on the compute grid by default.</summary>
    public const int DefaultPoints = 1000;

    /// <summary>Fewer grid points resolve the staircase of winning sizes too coarsely for the fit.</summary>
    public const int MinimumPoints = 100;

    /// <summary>
    /// More grid points cost memory and time in proportion (a million take about 5 s and 370 MB; a hundred million ran out
    /// of both) and resolve nothing the default does not.
    /// </summary>
    public const int MaximumPoints = 1_000_000;

    /// <summary>An analysis on <paramref name="points"/> compute values; −1 parallelism uses every processor.</summary>
    public EnvelopeAnalysis(int points = DefaultPoints, int maxDegreeOfParallelism = -1)
    {
        if (points is < MinimumPoints or > MaximumPoints)
            throw new ScalingLawsException($"{Setting.Points} {points}: use from {MinimumPoints} to {MaximumPoints:N0} compute values (the default is {DefaultPoints:N0}).");
        Points = points;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>Points on the compute grid.</summary>
    public int Points { get; }

    /// <summary>Threads for the sweep; −1 for as many as the scheduler likes.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>The lower envelope of the loss curves of <paramref name="table"/> and its optimal N and D against C.</summary>
    public EnvelopeResult Run(ObservationTable table, CancellationToken cancellation = default)
    {
        // The envelope groups runs by model and N itself: before, a table read row by row had its curves drawn anyway.
        if (table.RowsAreRuns)
            throw new ScalingLawsException(
                $"{table.Source}: {Setting.OneRowPerRun} reads every row as a run of its own, so no run has a training curve; " +
                $"Approach 1 takes each run's checkpoints: leave {Setting.OneRowPerRun} out, or use 'scaling fit' (Approach 3) on separate runs.");
        var all = EnvelopeRun.Group(table);
        var runs = all.Where(r => r.HasCurve).ToList();
        if (runs.Count == 0)
            throw new ScalingLawsException(
                $"{table.Source}: no run has 2 or more checkpoints at different compute; Approach 1 needs training curves, " +
                "several rows per run told apart by a model column (or by params), e.g. one row per evaluation step.");
        var grid = new EnvelopeGrid(runs.Min(r => r.MinLogFlops), runs.Max(r => r.MaxLogFlops), Points);
        var best = Sweep(table, runs, grid, cancellation);
        var points = EnvelopePoints(runs, grid, best);
        var fitted = points.Where(p => p.Included).ToList();
        if (fitted.Select(p => p.Params).Distinct().Count() < 2)
            throw new ScalingLawsException(
                $"{table.Source}: fewer than 2 model sizes between the smallest and the largest win a stretch of the envelope; " +
                "Approach 1 needs runs of at least 3 sizes whose training curves cross.");
        return new EnvelopeResult(
            points,
            PowerLawFit.Of([.. fitted.Select(p => p.Flops)], [.. fitted.Select(p => p.Params)]),
            PowerLawFit.Of([.. fitted.Select(p => p.Flops)], [.. fitted.Select(p => p.Tokens)]),
            runs.Count,
            all.Count - runs.Count);
    }

    private EnvelopeBest Sweep(ObservationTable table, List<EnvelopeRun> runs, EnvelopeGrid grid, CancellationToken cancellation)
    {
        var merged = new EnvelopeBest(grid.Count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(
            0, runs.Count, parallel,
            () => (Curve: new EnvelopeCurve(), Best: new EnvelopeBest(grid.Count)),
            (r, _, local) =>
            {
                local.Curve.Load(table, runs[r]);
                local.Curve.SweepInto(grid, r, local.Best);
                return local;
            },
            local =>
            {
                lock (merged)
                    merged.MergeFrom(local.Best);
            });
        return merged;
    }

    private static List<EnvelopePoint> EnvelopePoints(List<EnvelopeRun> runs, EnvelopeGrid grid, EnvelopeBest best)
    {
        var (smallest, largest) = (runs.Min(r => r.Params), runs.Max(r => r.Params));
        var points = new List<EnvelopePoint>(grid.Count);
        for (var i = 0; i < grid.Count; i++)
        {
            if (best.Run[i] < 0)
                continue; // a gap between runs' ranges
            var run = runs[best.Run[i]];
            var flops = Math.Exp(grid[i]);
            var excluded = run.Params == smallest ? "won by the smallest model size"
                : run.Params == largest ? "won by the largest model size"
                : null;
            points.Add(new EnvelopePoint(flops, run.Params, Compute.Tokens(flops, run.Params), best.Loss[i], run.Name, excluded));
        }
        return points;
    }
}
