using ScalingLaws.Optimization;

namespace ScalingLaws.Uncertainty;

/// <summary>
/// The loop every bootstrap runs: resample i draws row weights from its own generator seeded by (seed, i), so results do
/// not depend on the number of threads; the model is refitted under those weights with one L-BFGS run from a common
/// start; converged refits give natural-unit values, in resample order. One objective, workspace and draw per thread,
/// so the loop allocates only each result. What is drawn (rows, whole runs, blocks of one run) is the caller's.
/// </summary>
internal static class Resampling
{
    /// <summary>The number of resamples, refused below 2.</summary>
    public static int Count(int resamples) => resamples >= 2
        ? resamples
        : throw new ScalingLawsException($"{Setting.Bootstrap} {resamples}: use at least 2 resamples (1,000 or more for intervals).");

    /// <param name="createObjective">One thread's objective over all rows; its weights are set per resample.</param>
    /// <param name="start">The solver's coordinates every refit starts from.</param>
    /// <param name="createDraw">One thread's draw (it may keep its own buffers).</param>
    public static ImmutableArray<ImmutableArray<double>> Refit(
        int resamples, int seed, ParameterLayout layout, Func<ModelObjective> createObjective, LbfgsSettings settings, double[] start,
        Func<WeightDraw> createDraw, ParallelOptions parallel, IProgress<WorkProgress>? progress = null)
    {
        var optimizer = new Lbfgs(settings);
        var samples = new double[resamples][];
        var counter = new ProgressCounter(progress, "resamples", resamples);
        Parallel.For(
            0, resamples, parallel,
            () => new Worker(layout, createObjective(), optimizer, createDraw()),
            (i, _, worker) =>
            {
                samples[i] = worker.Refit(new Random(unchecked(seed * 1_000_003 + i)), start);
                counter.Step();
                return worker;
            },
            _ => { });
        return [.. samples.Where(s => s.Length > 0).Select(s => s.ToImmutableArray())];
    }

    /// <summary>
    /// Draws of whole units (runs) with replacement, as many draws as units; every row counts as often as its unit was
    /// drawn. With one row per unit this is exactly n draws of the n rows.
    /// </summary>
    /// <param name="unitOf">The unit of each row.</param>
    public static Func<WeightDraw> Units(ImmutableArray<int> unitOf, int units) => () =>
    {
        var draws = new double[units];
        return (random, weights) =>
        {
            Array.Clear(draws);
            for (var draw = 0; draw < units; draw++)
                draws[random.Next(units)] += 1;
            for (var row = 0; row < weights.Length; row++)
                weights[row] = draws[unitOf[row]];
        };
    };

    private sealed class Worker(ParameterLayout layout, ModelObjective objective, Lbfgs optimizer, WeightDraw draw)
    {
        private readonly LbfgsWorkspace _workspace = optimizer.CreateWorkspace(layout.FreeCount);
        private readonly double[] _solution = new double[layout.FreeCount];
        private readonly double[] _theta = new double[layout.ParameterCount];
        private readonly double[] _weights = new double[objective.Rows];

        /// <summary>Natural-unit values, or empty when the resample's refit did not converge.</summary>
        public double[] Refit(Random random, double[] start)
        {
            draw(random, _weights);
            objective.Weights = _weights;
            var result = optimizer.Minimize(objective, start, _solution, _workspace);
            if (!result.Converged(optimizer.Settings.LooseGradientTolerance))
                return [];
            layout.Expand(_solution, _theta);
            return layout.Parameters.ToNatural(_theta);
        }
    }
}
