using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>The error a scaling-law fit stops with when no start converged.</summary>
internal static class FitWarnings
{
    public static string NoneConverged(FitProblem problem, int starts, IReadOnlyList<StartOutcome> outcomes)
    {
        var exits = outcomes.GroupBy(o => o.Result.Exit).Select(g => $"{g.Count()} {Describe(g.Key)}");
        var fixes = new List<string> { "check the data", "fix a parameter with --fix" };
        if (outcomes.Any(o => o.Result.Exit == ExitCondition.MaxIterations))
            fixes.Add("raise --max-iterations");
        if (problem.Options.Objective == FitObjective.HuberLog)
            fixes.Add("try --objective least-squares");
        return $"the {problem.Law.Name} fit converged from none of {starts} start{(starts == 1 ? "" : "s")} ({string.Join(", ", exits)}); " +
               $"{string.Join(", ", fixes[..^1])} or {fixes[^1]}.";
    }

    private static string Describe(ExitCondition exit) => exit switch
    {
        ExitCondition.MaxIterations => "hit the iteration limit",
        ExitCondition.LineSearchFailed => "stalled",
        ExitCondition.NonFinite => "started at a non-finite value",
        _ => exit.ToString(),
    };
}
