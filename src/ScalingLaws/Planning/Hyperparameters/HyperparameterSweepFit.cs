namespace ScalingLaws.Planning.Hyperparameters;

/// <summary>
/// Step Law's forms fitted to a sweep of one's own: each (N, D) cell's optimum from its bowl, then
/// lr* = k·N^p·D^q and batch* = b·D^r by least squares on the logs of the optima.
/// </summary>
public sealed record HyperparameterSweepFit(IReadOnlyList<HyperparameterBowl> Optima, LogLinearFit LearningRate, LogLinearFit Batch)
{
    /// <summary>Fits log-linear laws of the best learning rate and batch size to the runs of a sweep.</summary>
    public static HyperparameterSweepFit Of(IReadOnlyList<SweepRun> runs)
    {
        var optima = runs.GroupBy(r => (r.Params, r.Tokens)).Select(g => HyperparameterBowl.Fit([.. g])).ToList();
        if (optima.Select(o => o.Params).Distinct().Count() < 2 || optima.Select(o => o.Tokens).Distinct().Count() < 2)
            throw new ScalingLawsException($"the sweep's {optima.Count} cells need at least 2 model sizes and 2 token counts to separate the exponents of N and D.");
        var learningRate = LogLinearFit.Of([.. optima.Select(o => new[] { o.Params, o.Tokens })], [.. optima.Select(o => o.LearningRate)]);
        var batch = LogLinearFit.Of([.. optima.Select(o => new[] { o.Tokens })], [.. optima.Select(o => o.BatchTokens)]);
        return new HyperparameterSweepFit(optima, learningRate, batch);
    }
}
