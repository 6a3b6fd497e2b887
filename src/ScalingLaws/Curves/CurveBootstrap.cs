using ScalingLaws.Uncertainty;

namespace ScalingLaws.Curves;

/// <summary>
/// Bootstrap intervals for a loss-curve law fitted to the minimum. Neighbouring points of a run share its noise, so
/// points are never drawn one by one: with several runs, whole runs are drawn with replacement (a cluster bootstrap);
/// with one run, blocks of consecutive points (a circular moving-block bootstrap, Politis &amp; Romano 1992, whose
/// wrap-around draws every point equally often), as long as <see cref="BlockLength"/> chooses from the
/// autocorrelation of the fit's log residuals. A resample is a vector of point weights, refitted with L-BFGS (the search's
/// tolerances) from the fit's optimum under the same fixed, tied and bounded parameters, by the loop the scaling-law
/// bootstrap runs too (<see cref="Resampling"/>): the result does not depend on the number of threads.
/// </summary>
/// <example><code>
/// var fitter = new CurveFitter(StepPowerLaw.Instance);
/// var fit = fitter.Fit([run]);
/// var intervals = new CurveBootstrap(1000, seed: 42).Run(fitter, [run], fit);
/// var (low, high) = (intervals.Parameter(2).Lower, intervals.Parameter(2).Upper); // alpha's 95% interval
/// </code></example>
public sealed class CurveBootstrap(int resamples, int seed = 0)
{
    /// <summary>Resamples drawn.</summary>
    public int Resamples { get; } = Resampling.Count(resamples);

    /// <summary>The random seed: the same seed gives the same resamples.</summary>
    public int Seed { get; } = seed;

    /// <summary>Refits <paramref name="fit"/>'s law to resampled runs (or blocks of one run) and collects the parameters.</summary>
    public CurveBootstrapResult Run(CurveFitter fitter, IReadOnlyList<LossCurve> curves, CurveFit fit, CancellationToken cancellation = default)
    {
        var law = fitter.Law;
        if (fit.Procedure != CurveFitProcedure.Minimum)
            throw new ScalingLawsException(
                $"{Setting.Bootstrap} refits every resample to the objective's minimum, but the {law.Name} fit used its published procedure, which stops early by design; add {Setting.Procedure} minimum to bootstrap it.");
        var model = new CurveModel(law, curves, [.. curves.Select(law.Prepare)]);
        var layout = ParameterLayout.Create(law.Parameters, fitter.Options.Constraints, law.Name);
        var start = layout.Compress(law.ToInternal(fit.Values.AsSpan()));
        int? block = curves.Count > 1 ? null : BlockLength.Circular(LogResiduals(fit, curves[0]));
        Func<WeightDraw> draw = block is { } length ? () => (random, weights) => DrawBlocks(random, length, weights) : Resampling.Units(RunOfRows(model), model.BlockCount);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = fitter.Options.MaxDegreeOfParallelism, CancellationToken = cancellation };
        // The search's tolerances (scipy's, about): each refit starts beside its optimum, and where the data leave a
        // direction flat the tight polish tolerances only spend iterations wandering along it.
        var converged = Resampling.Refit(
            Resamples, Seed, layout, () => new ModelObjective(model, layout, FitObjective.HuberLog, fitter.Options.Delta, maxDegreeOfParallelism: 1), fitter.Options.SearchOptimizer, start,
            draw, parallel);
        return new CurveBootstrapResult(law, Resamples, Seed, block is null ? curves.Count : curves[0].Count, block, converged);
    }

    private static double[] LogResiduals(CurveFit fit, LossCurve curve)
    {
        var predicted = fit.Predict(curve);
        return [.. curve.Loss.Select((loss, i) => Math.Log(loss) - Math.Log(predicted[i]))];
    }

    // The run (block of the model) of each point.
    private static ImmutableArray<int> RunOfRows(CurveModel model) =>
        [.. Enumerable.Range(0, model.BlockCount).SelectMany(b => Enumerable.Repeat(b, model.Block(b).Length))];

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
}
