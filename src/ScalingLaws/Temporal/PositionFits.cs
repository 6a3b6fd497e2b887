namespace ScalingLaws.Temporal;

/// <summary>Fits a position law to each of the first checkpoints of a run, in parallel (one fitter per thread).</summary>
internal static class PositionFits
{
    /// <param name="constraints">Constraints; those on other laws' parameters are left out (<see cref="ParameterConstraints.On"/>).</param>
    public static PositionLawFit[] Fit(
        PositionLaw law, PositionLosses run, int count, int maxDegreeOfParallelism, CancellationToken cancellation, ParameterConstraints? constraints = null)
    {
        var grid = new PositionGrid(run.PositionCount);
        // Built once here so that an impossible constraint is one error, not one per thread.
        var layout = ParameterLayout.Create(law.Parameters, (constraints ?? ParameterConstraints.None).On(law.Parameters), law.Name);
        var fits = new PositionLawFit[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellation };
        Parallel.For(0, count, parallel,
            () => new PositionLawFitter(law, grid, layout),
            (k, _, fitter) =>
            {
                fits[k] = fitter.Fit(run[k].Losses);
                return fitter;
            },
            _ => { });
        return fits;
    }
}
