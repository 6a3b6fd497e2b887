using ScalingLaws.Temporal;

namespace ScalingLaws.Plotting;

/// <summary>Per-position losses at a few checkpoints, each with its fitted position law, for the per-position figure.</summary>
/// <param name="Curves">One curve per checkpoint, earliest first.</param>
/// <param name="LawFormula">The fitted law, for the title, e.g. "L_i = a0/(1 + a1·i) + a2".</param>
public sealed record PositionLossPlotData(IReadOnlyList<PositionLossCurve> Curves, string LawFormula)
{
    /// <summary>
    /// <paramref name="count"/> checkpoints evenly spread over the run (always the first and the last)
    /// with their fits from <paramref name="fits"/> (one per checkpoint of <paramref name="run"/>).
    /// </summary>
    public static PositionLossPlotData From(PositionLosses run, IReadOnlyList<PositionLawFit> fits, int count)
    {
        if (count < 1)
            throw new ScalingLawsException($"--checkpoints {count}: draw at least one checkpoint.");
        if (fits.Count != run.Count)
            throw new ScalingLawsException($"{fits.Count} fits for {run.Count} checkpoints; give one fit per checkpoint.");
        var picked = count >= run.Count
            ? Enumerable.Range(0, run.Count)
            : Enumerable.Range(0, count).Select(k => (int)Math.Round(k * (run.Count - 1.0) / Math.Max(1, count - 1))).Distinct();
        return new PositionLossPlotData(
            [.. picked.Select(k => new PositionLossCurve(run[k].Step, run[k].Tokens, run[k].Losses, fits[k]))],
            fits[0].Law.Formula);
    }
}

/// <summary>One checkpoint: its observed loss at positions 1..T and the law fitted to them.</summary>
public sealed record PositionLossCurve(double Step, double Tokens, IReadOnlyList<double> Losses, PositionLawFit Fit);
