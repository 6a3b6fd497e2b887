using System.Collections.Immutable;
using ScalingLaws.Data;
using ScalingLaws.Fitting;
using ScalingLaws.Optimization;

namespace ScalingLaws.Uncertainty;

/// <summary>
/// Nonparametric bootstrap over rows: each resample draws n rows with replacement and refits the
/// law with one L-BFGS run from a common start (the full-data optimum unless given), as Epoch's
/// replication of Hoffmann et al. does. A resample is a vector of row counts used as weights, so
/// no data is copied. Resample i draws from its own generator seeded by (seed, i): results do not
/// depend on the number of threads.
/// </summary>
public sealed class Bootstrap(int resamples, int seed = 0)
{
    public int Resamples { get; } = resamples >= 2
        ? resamples
        : throw new ScalingLawsException($"--bootstrap {resamples}: use at least 2 resamples (1,000 or more for intervals).");

    public int Seed { get; } = seed;

    /// <param name="start">Natural-unit start for every resample; default the fit's own values.</param>
    public BootstrapResult Run(
        LawFitter fitter, ObservationTable table, FitResult fit, IReadOnlyList<double>? start = null,
        CancellationToken cancellation = default)
    {
        var problem = FitProblem.Create(fitter.Law, table, fitter.Options);
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
            () => new Worker(problem, optimizer),
            (i, _, worker) =>
            {
                samples[i] = worker.Refit(Draw(problem.Data.Count, i, worker.Weights), startZ);
                counter.Step();
                return worker;
            },
            _ => { });
        var converged = samples.Where(s => s.Length > 0).Select(s => s.ToImmutableArray()).ToImmutableArray();
        return new BootstrapResult(fitter.Law, Resamples, Seed, converged);
    }

    // Row counts of resample i: n draws with replacement.
    private double[] Draw(int n, int resample, double[] weights)
    {
        var random = new Random(unchecked(Seed * 1_000_003 + resample));
        Array.Clear(weights);
        for (var draw = 0; draw < n; draw++)
            weights[random.Next(n)] += 1;
        return weights;
    }

    private sealed class Worker(FitProblem problem, Lbfgs optimizer)
    {
        private readonly ModelObjective _objective = problem.CreateObjective();
        private readonly LbfgsWorkspace _workspace = optimizer.CreateWorkspace(problem.Layout.FreeCount);
        private readonly double[] _solution = new double[problem.Layout.FreeCount];
        private readonly double[] _theta = new double[problem.Law.ParameterCount];

        public double[] Weights { get; } = new double[problem.Data.Count];

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
