namespace ScalingLaws.Fitting;

/// <summary>Turns what a fit found into typed diagnostics.</summary>
internal static class FitDiagnostics
{
    public const double StrongCorrelation = 0.99;
    public const double IllConditioned = 1e8;

    public static IEnumerable<FitDiagnostic> For(ParameterLayout layout, StartGrid starts, double[] theta, FitCurvature curvature, StartOutcome best, int rows)
    {
        if (best.Result.Exit == Optimization.ExitCondition.MaxIterations && !best.Converged)
            yield return new StoppedAtIterationLimit(best.Result.Iterations, best.Result.GradientNorm);
        if (rows == layout.FreeCount)
            yield return new NoDegreesOfFreedom(rows);
        for (var slot = 0; slot < layout.FreeCount; slot++)
        {
            var value = theta[layout.SlotOwners[slot]];
            if (layout.BoundsOf(slot).HitBy(value) is var side and not BoundHit.None)
                yield return new ParameterAtBound(layout.Parameters[layout.SlotOwners[slot]].Name, layout.Parameters[layout.SlotOwners[slot]].ToNatural(value), side);
            else if (starts.Spans(slot) && OnEdge(starts.Range(slot), value))
                yield return new OnStartGridEdge(Name(layout, slot), value, starts.Range(slot).Min, starts.Range(slot).Max);
        }
        foreach (var diagnostic in OfCurvature(layout, curvature))
            yield return diagnostic;
    }

    private static bool OnEdge((double Min, double Max) range, double value)
    {
        var tolerance = 1e-3 * (range.Max - range.Min);
        return value <= range.Min + tolerance || value >= range.Max - tolerance;
    }

    private static IEnumerable<FitDiagnostic> OfCurvature(ParameterLayout layout, FitCurvature curvature)
    {
        if (!curvature.PositiveDefinite)
        {
            yield return new FlatDirection([.. curvature.FlatSlots.Select(s => Name(layout, s))]);
            yield break;
        }
        if (curvature.ConditionNumber > IllConditioned)
            yield return new NearSingularCurvature(curvature.ConditionNumber);
        var k = layout.FreeCount;
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                var rho = curvature.Correlation[i, j];
                if (Math.Abs(rho) > StrongCorrelation)
                    yield return new StrongCorrelation(Name(layout, i), Name(layout, j), rho);
            }
        }
    }

    private static string Name(ParameterLayout layout, int slot) => layout.Parameters[layout.SlotOwners[slot]].InternalName;
}
