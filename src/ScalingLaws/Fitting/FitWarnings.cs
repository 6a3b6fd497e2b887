using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>Turns what a fit found into plain warnings.</summary>
internal static class FitWarnings
{
    public const double StrongCorrelation = 0.99;
    public const double IllConditioned = 1e8;

    public static IEnumerable<string> For(FitProblem problem, StartGrid grid, double[] optimum, FitCurvature curvature)
    {
        var layout = problem.Layout;
        for (var slot = 0; slot < optimum.Length; slot++)
        {
            if (!grid.Spans(slot))
                continue;
            var (min, max) = grid.Range(slot);
            var tolerance = 1e-3 * (max - min);
            if (optimum[slot] <= min + tolerance || optimum[slot] >= max - tolerance)
                yield return $"{Name(layout, slot)} = {optimum[slot]:G4} is on or beyond the edge of the start grid [{min:G3}, {max:G3}]; the optimum may lie outside the searched region.";
        }
        if (!curvature.PositiveDefinite)
        {
            yield return "the curvature at the optimum is not positive definite: the optimum is flat or a saddle in some direction, so some parameters are not determined.";
            yield break;
        }
        if (curvature.ConditionNumber > IllConditioned)
            yield return $"the curvature at the optimum is near-singular (condition number {curvature.ConditionNumber:G2}): the data pins down only some combination of parameters.";
        for (var i = 0; i < optimum.Length; i++)
        {
            for (var j = i + 1; j < optimum.Length; j++)
            {
                var rho = curvature.Correlation[i, j];
                if (Math.Abs(rho) > StrongCorrelation)
                    yield return $"{Name(layout, i)} and {Name(layout, j)} are strongly correlated (ρ = {rho:F3}): their individual values are poorly determined.";
            }
        }
    }

    private static string Name(ParameterLayout layout, int slot) => layout.Law.Parameters[layout.SlotOwners[slot]].InternalName;

    public static ScalingLawsException NoneConverged(FitProblem problem, int starts, IReadOnlyList<StartOutcome> outcomes)
    {
        var exits = string.Join(", ", outcomes.GroupBy(o => o.Result.Exit).Select(g => $"{g.Count()} {Describe(g.Key)}"));
        var hitLimit = outcomes.Any(o => o.Result.Exit == ExitCondition.MaxIterations);
        var huber = problem.Options.Objective == FitObjective.HuberLog;
        var limit = Wording.When(hitLimit, $", raise {Setting.MaxIterations}");
        var objective = Wording.When(huber, $", try {Setting.Objective} least-squares");
        return new ScalingLawsException(
            $"the {problem.Law.Name} fit converged from none of {starts} start{(starts == 1 ? "" : "s")} ({exits}); " +
            $"check the data, fix a parameter with {Setting.Fix}{limit}{objective}.");
    }

    private static string Describe(ExitCondition exit) => exit switch
    {
        ExitCondition.MaxIterations => "hit the iteration limit",
        ExitCondition.LineSearchFailed => "stalled",
        ExitCondition.NonFinite => "started at a non-finite value",
        _ => exit.ToString(),
    };
}
