namespace ScalingLaws.Uncertainty;

/// <summary>
/// Nonparametric bootstrap: each resample draws the table's runs with replacement and refits the
/// law with one L-BFGS run from a common start (the full-data optimum unless given), as Epoch's
/// replication of Hoffmann et al. does. When some run has several rows (checkpoints, see
/// <see cref="RunIndex"/>) whole runs are drawn, because a run's checkpoints share its errors and
/// drawing them one by one makes intervals far too narrow; a table of final values is a row bootstrap.
/// A resample is a vector of row counts used as weights (every row of a drawn run counts as often as
/// the run was drawn), so no data is copied. Resample i draws from its own generator seeded by
/// (seed, i): results do not depend on the number of threads.
/// </summary>
public sealed class Bootstrap(int resamples, int seed = 0)
{
    /// <summary>Resamples drawn.</summary>
    public int Resamples { get; } = Resampling.Count(resamples);

    /// <summary>The random seed.</summary>
    public int Seed { get; } = seed;

    /// <param name="start">Natural-unit start for every resample; default the fit's own values.</param>
    /// <param name="runs">The run of each row; default <see cref="RunIndex.Of"/> the table.
    /// <see cref="RunIndex.Singletons"/> forces a row bootstrap.</param>
    public BootstrapResult Run(
        LawFitter fitter, ObservationTable table, FitResult fit, IReadOnlyList<double>? start = null,
        CancellationToken cancellation = default, RunIndex? runs = null)
    {
        // The resamples own the cores: each refit's objective runs on its own thread, never nested parallel chunks.
        var problem = FitProblem.Create(fitter.Law, table, fitter.Options with { MaxDegreeOfParallelism = 1 });
        runs ??= RunIndex.Of(table);
        if (runs.Rows != problem.Data.Count)
            throw new ScalingLawsException($"the run index covers {runs.Rows} rows, but the table has {problem.Data.Count}.");
        if (start is not null && start.Count != fitter.Law.ParameterCount)
            throw new ScalingLawsException($"a bootstrap start needs {fitter.Law.ParameterCount} values, got {start.Count}.");
        var startZ = problem.Layout.Compress(fitter.Law.ToInternal((start ?? fit.Values).ToArray()));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = fitter.Options.MaxDegreeOfParallelism, CancellationToken = cancellation };
        // Tight tolerances: the valley is flat, so a loose relative-reduction test stops a refit almost
        // where it starts and shrinks the intervals.
        var converged = Resampling.Refit(
            Resamples, Seed, problem.Layout, () => problem.CreateObjective(), fitter.Options.Optimizer, startZ,
            Resampling.Units(runs.RunOf, runs.Count), parallel, fitter.Options.Progress);
        var kind = runs.HasCheckpoints ? BootstrapKind.Runs : BootstrapKind.Rows;
        return new BootstrapResult(fitter.Law, Resamples, Seed, converged, kind, runs.Count);
    }
}
