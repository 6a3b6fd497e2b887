namespace ScalingLaws.Temporal;

/// <summary>
/// The reciprocal law against the power law at every checkpoint of a run, with metrics pooled over
/// every (checkpoint, position) cell, and how uniformly positions learn.
/// </summary>
/// <param name="Hyperbolic">Pooled fit metrics of the per-checkpoint hyperbolas.</param>
/// <param name="Power">Pooled fit metrics of the per-checkpoint power laws.</param>
public sealed record PositionComparison(
    PositionLosses Run, ImmutableArray<CheckpointComparison> Checkpoints, FitMetrics Hyperbolic, FitMetrics Power, UniformLearning Learning)
{
    /// <summary>Checkpoints where the hyperbolic law fits better.</summary>
    public int HyperbolicWins => Checkpoints.Count(c => c.Winner is HyperbolicPositionLaw);

    /// <summary>The law with the higher pooled R².</summary>
    public PositionLaw Winner => Hyperbolic.R2 >= Power.R2 ? HyperbolicPositionLaw.Instance : PowerPositionLaw.Instance;

    /// <summary>Every checkpoint's fit of each law, hyperbolic first.</summary>
    public IEnumerable<(PositionCheckpoint Checkpoint, PositionLawFit Fit)> Fits =>
        Checkpoints.SelectMany(c => new[] { (c.Checkpoint, c.Hyperbolic), (c.Checkpoint, c.Power) });

    /// <summary>Checkpoints where a law's fit did not reach a usable minimum, for warnings.</summary>
    public IEnumerable<(PositionCheckpoint Checkpoint, PositionLaw Law)> Unconverged =>
        Fits.Where(f => !f.Fit.Status.IsUsable()).Select(f => (f.Checkpoint, f.Fit.Law));

    /// <summary>
    /// Fits both laws to every checkpoint, in parallel. Each law takes the <paramref name="constraints"/> on its own
    /// parameters (a0 and a2 are both laws', a1 the hyperbola's, c the power law's); a name neither law has is refused.
    /// </summary>
    public static PositionComparison Of(
        PositionLosses run, int maxDegreeOfParallelism = 0, CancellationToken cancellation = default, ParameterConstraints? constraints = null)
    {
        var cores = Parallelism.Cores(maxDegreeOfParallelism);
        var held = constraints ?? ParameterConstraints.None;
        ParameterLayout.CheckNames(Laws.SelectMany(l => l.Parameters), held, string.Join(" or ", Laws.Select(l => l.Name)));
        var hyperbolic = PositionFits.Fit(HyperbolicPositionLaw.Instance, run, run.Count, cores, cancellation, held);
        var power = PositionFits.Fit(PowerPositionLaw.Instance, run, run.Count, cores, cancellation, held);
        var checkpoints = run.Checkpoints.Select((c, k) => new CheckpointComparison(c, hyperbolic[k], power[k])).ToImmutableArray();
        return new PositionComparison(run, checkpoints, Pooled(run, hyperbolic), Pooled(run, power), UniformLearning.Of(run));
    }

    private static readonly PositionLaw[] Laws = [HyperbolicPositionLaw.Instance, PowerPositionLaw.Instance];

    private static FitMetrics Pooled(PositionLosses run, PositionLawFit[] fits)
    {
        var observed = run.Checkpoints.SelectMany(c => c.Losses).ToArray();
        var predicted = fits.SelectMany(f => Enumerable.Range(1, run.PositionCount).Select(i => f.Predict(i))).ToArray();
        return FitMetrics.Compute(observed, predicted);
    }
}
