namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// Step Law's forms fitted to a sweep of one's own: each (N, D) cell's optimum from its bowl, then
/// lr* = k·N^p·D^q and batch* = b·D^r by least squares on the logs of the optima. With resamples, the
/// <see cref="Bootstrap"/> gives intervals at a target that carry the bowls' uncertainty too.
/// </summary>
public sealed record HyperparameterSweepFit(IReadOnlyList<HyperparameterBowl> Optima, LogLinearFit LearningRate, LogLinearFit Batch, HyperparameterBootstrap? Bootstrap)
{
    /// <summary>Fits log-linear laws of the best learning rate and batch size to the runs of a sweep.</summary>
    /// <param name="resamples">Bootstrap replicates for the intervals at a target; 0 for none.</param>
    public static HyperparameterSweepFit Of(IReadOnlyList<SweepRun> runs, int resamples = 0, int seed = 42)
    {
        var cells = runs.GroupBy(r => (r.Params, r.Tokens)).Select(g => (IReadOnlyList<SweepRun>)[.. g]).ToList();
        var designs = cells.Select(c => new BowlDesign(c)).ToList();
        var optima = cells.Select((c, k) => HyperparameterBowl.Fit(c, designs[k])).ToList();
        if (optima.Select(o => o.Params).Distinct().Count() < 2 || optima.Select(o => o.Tokens).Distinct().Count() < 2)
            throw new ScalingLawsException($"the sweep's {optima.Count} cells need at least 2 model sizes and 2 token counts to separate the exponents of N and D.");
        var learningRate = LogLinearFit.Of([.. optima.Select(o => new[] { o.Params, o.Tokens })], [.. optima.Select(o => o.LearningRate)]);
        var batch = LogLinearFit.Of([.. optima.Select(o => new[] { o.Tokens })], [.. optima.Select(o => o.BatchTokens)]);
        var bootstrap = resamples > 0 ? HyperparameterBootstrap.Run(cells, designs, resamples, seed) : null;
        return new HyperparameterSweepFit(optima, learningRate, batch, bootstrap);
    }
}
