using System.Collections.Immutable;
using System.Numerics.Tensors;
using ScalingLaws.Fitting;
using ScalingLaws.Optimization;

namespace ScalingLaws.Curves;

/// <summary>
/// Bootstrap intervals for a loss-curve law fitted to the minimum. Neighbouring points of a run share its noise, so
/// points are never drawn one by one: with several runs, whole runs are drawn with replacement (a cluster bootstrap);
/// with one run, blocks of consecutive points (a circular moving-block bootstrap, Politis &amp; Romano 1992, whose
/// wrap-around draws every point equally often), as long as <see cref="Uncertainty.BlockLength"/> chooses from the
/// autocorrelation of the fit's log residuals. A resample is a vector of point weights, refitted with L-BFGS (the search's
/// tolerances) from the fit's optimum under the same fixed, tied and bounded parameters. Resample i draws from its own generator seeded by
/// (seed, i), so the result does not depend on the number of threads.
/// </summary>
/// <example><code>
/// var fitter = new CurveFitter(StepPowerLaw.Instance);
/// var fit = fitter.Fit([run]);
/// var intervals = new CurveBootstrap(1000, seed: 42).Run(fitter, [run], fit);
/// var (low, high) = (intervals.Parameter(2).Lower, intervals.Parameter(2).Upper); // alpha's 95% interval
/// </code></example>
public sealed class CurveBootstrap(int resamples, int seed = 0)
{
    public int Resamples { get; } = resamples >= 2
        ? resamples
        : throw new ScalingLawsException($"{Setting.Bootstrap} {resamples}: use at least 2 resamples (1,000 or more for intervals).");

    public int Seed { get; } = seed;

    public CurveBootstrapResult Run(CurveFitter fitter, IReadOnlyList<LossCurve> curves, CurveFit fit, CancellationToken cancellation = default)
    {
        var law = fitter.Law;
        if (fit.Procedure != CurveFitProcedure.Minimum)
            throw new ScalingLawsException(
                $"{Setting.Bootstrap} refits every resample to the objective's minimum, but the {law.Name} fit used its published procedure, which stops early by design; add {Setting.Procedure} minimum to bootstrap it.");
        var model = new CurveModel(law, curves, [.. curves.Select(law.Prepare)]);
        var layout = ParameterLayout.Create(law.Parameters, fitter.Options.Constraints, law.Name);
        var start = layout.Compress(law.ToInternal(fit.Values.AsSpan()));
        int? block = curves.Count > 1 ? null : Uncertainty.BlockLength.Circular(LogResiduals(fit, curves[0]));
        // The search's tolerances (scipy's, about): each refit starts beside its optimum, and where the data leave a
        // direction flat the tight polish tolerances only spend iterations wandering along it.
        var optimizer = new Lbfgs(fitter.Options.SearchOptimizer);
        var samples = new double[Resamples][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = fitter.Options.MaxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(0, Resamples, parallel,
            () => new Worker(model, layout, optimizer, fitter.Options.Delta),
            (i, _, worker) =>
            {
                var random = new Random(unchecked(Seed * 1_000_003 + i));
                if (block is { } length)
                    DrawBlocks(random, length, worker.Weights);
                else
                    DrawRuns(random, model, worker.Weights);
                samples[i] = worker.Refit(start, law);
                return worker;
            },
            _ => { });
        var converged = samples.Where(s => s.Length > 0).Select(s => s.ToImmutableArray()).ToImmutableArray();
        return new CurveBootstrapResult(law, Resamples, Seed, block is null ? curves.Count : curves[0].Count, block, converged);
    }

    private static double[] LogResiduals(CurveFit fit, LossCurve curve)
    {
        var predicted = fit.Predict(curve);
        return [.. curve.Loss.Select((loss, i) => Math.Log(loss) - Math.Log(predicted[i]))];
    }

    // R draws of the R runs with replacement; every point of a drawn run counts as often as the run was drawn.
    private static void DrawRuns(Random random, CurveModel model, double[] weights)
    {
        Array.Clear(weights);
        for (var draw = 0; draw < model.BlockCount; draw++)
        {
            var (first, count) = model.Block(random.Next(model.BlockCount));
            var run = weights.AsSpan(first, count);
            TensorPrimitives.Add(run, 1.0, run);
        }
    }

    // Blocks of `length` consecutive points from uniform starts, wrapping past the last point, until n points are drawn.
    private static void DrawBlocks(Random random, int length, double[] weights)
    {
        Array.Clear(weights);
        var n = weights.Length;
        for (var drawn = 0; drawn < n;)
        {
            var first = random.Next(n);
            for (var k = 0; k < length && drawn < n; k++, drawn++)
                weights[(first + k) % n] += 1;
        }
    }

    private sealed class Worker(CurveModel model, ParameterLayout layout, Lbfgs optimizer, double delta)
    {
        private readonly ModelObjective _objective = new(model, layout, FitObjective.HuberLog, delta);
        private readonly LbfgsWorkspace _workspace = optimizer.CreateWorkspace(layout.FreeCount);
        private readonly double[] _solution = new double[layout.FreeCount];
        private readonly double[] _theta = new double[layout.ParameterCount];

        public double[] Weights { get; } = new double[model.Observed.Length];

        /// <summary>Natural-unit values, or empty when the resample's refit did not converge.</summary>
        public double[] Refit(double[] start, CurveLaw law)
        {
            _objective.Weights = Weights;
            var result = optimizer.Minimize(_objective, start, _solution, _workspace);
            if (!result.Converged(optimizer.Settings.LooseGradientTolerance))
                return [];
            layout.Expand(_solution, _theta);
            return law.ToNatural(_theta);
        }
    }
}
