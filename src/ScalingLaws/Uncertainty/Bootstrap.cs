using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Optimization;

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
    public int Resamples { get; } = resamples >= 2
        ? resamples
        : throw new ScalingLawsException($"{Setting.Bootstrap} {resamples}: use at least 2 resamples (1,000 or more for intervals).");

    public int Seed { get; } = seed;

    /// <param name="start">Natural-unit start for every resample; default the fit's own values.</param>
    /// <param name="runs">The run of each row; default <see cref="RunIndex.Of"/> the table.
    /// <see cref="RunIndex.Singletons"/> forces a row bootstrap.</param>
    public BootstrapResult Run(
        LawFitter fitter, ObservationTable table, FitResult fit, IReadOnlyList<double>? start = null,
        CancellationToken cancellation = default, RunIndex? runs = null)
    {
        var problem = FitProblem.Create(fitter.Law, table, fitter.Options);
        runs ??= RunIndex.Of(table);
        if (runs.Rows != problem.Data.Count)
            throw new ScalingLawsException($"the run index covers {runs.Rows} rows, but the table has {problem.Data.Count}.");
        if (start is not null && start.Count != fitter.Law.ParameterCount)
            throw new ScalingLawsException($"a bootstrap start needs {fitter.Law.ParameterCount} values, got {start.Count}.");
        var startZ = problem.Layout.Compress(fitter.Law.ToInternal((start ?? fit.Values).ToArray()));
        // Tight tolerances: the valley is flat, so a loose relative-reduction test stops a refit almost
        // where it starts and shrinks the intervals.
        var optimizer = new Lbfgs(fitter.Options.Optimizer);
        var samples = new double[Resamples][];
        var counter = new ProgressCounter(fitter.Options.Progress, "resamples", Resamples);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = fitter.Options.MaxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(
            0, Resamples, parallel,
            () => new Worker(problem, optimizer, runs.Count),
            (i, _, worker) =>
            {
                samples[i] = worker.Refit(Draw(runs, i, worker), startZ);
                counter.Step();
                return worker;
            },
            _ => { });
        var converged = samples.Where(s => s.Length > 0).Select(s => s.ToImmutableArray()).ToImmutableArray();
        var kind = runs.HasCheckpoints ? BootstrapKind.Runs : BootstrapKind.Rows;
        return new BootstrapResult(fitter.Law, Resamples, Seed, converged, kind, runs.Count);
    }

    // Row weights of resample i: R draws of the R runs with replacement, each row weighted by its run's
    // draws. With one row per run this is exactly n draws of the n rows.
    private double[] Draw(RunIndex runs, int resample, Worker worker)
    {
        var random = new Random(unchecked(Seed * 1_000_003 + resample));
        var draws = worker.RunDraws;
        Array.Clear(draws);
        for (var draw = 0; draw < draws.Length; draw++)
            draws[random.Next(draws.Length)] += 1;
        var runOf = runs.RunOf.AsSpan();
        for (var row = 0; row < runOf.Length; row++)
            worker.Weights[row] = draws[runOf[row]];
        return worker.Weights;
    }

    private sealed class Worker(FitProblem problem, Lbfgs optimizer, int runs)
    {
        private readonly ModelObjective _objective = problem.CreateObjective();
        private readonly LbfgsWorkspace _workspace = optimizer.CreateWorkspace(problem.Layout.FreeCount);
        private readonly double[] _solution = new double[problem.Layout.FreeCount];
        private readonly double[] _theta = new double[problem.Law.ParameterCount];

        public double[] Weights { get; } = new double[problem.Data.Count];

        /// <summary>How often each run was drawn in the current resample.</summary>
        public double[] RunDraws { get; } = new double[runs];

        /// <summary>Natural-unit values, or empty when the resample did not converge.</summary>
        public double[] Refit(double[] weights, double[] start)
        {
            _objective.Weights = weights;
            var result = optimizer.Minimize(_objective, start, _solution, _workspace);
            if (!result.Converged(optimizer.Settings.LooseGradientTolerance))
                return [];
            problem.Layout.Expand(_solution, _theta);
            return problem.Law.ToNatural(_theta);
        }
    }
}
