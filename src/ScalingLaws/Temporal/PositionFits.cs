namespace ScalingLaws.Temporal;

/// <summary>Fits a position law to each of the first checkpoints of a run, in parallel (one fitter per thread).</summary>
internal static class PositionFits
{
    public static PositionLawFit[] Fit(PositionLaw law, PositionLosses run, int count, int maxDegreeOfParallelism, CancellationToken cancellation)
    {
        var grid = new PositionGrid(run.PositionCount);
        var fits = new PositionLawFit[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(0, count, parallel,
            () => new PositionLawFitter(law, grid),
            (k, _, fitter) =>
            {
                fits[k] = fitter.Fit(run[k].Losses);
                return fitter;
            },
            _ => { });
        return fits;
    }
}
