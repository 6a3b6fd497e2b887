using ScalingLaws.Optimization;

namespace ScalingLaws.Fitting;

/// <summary>The error a scaling-law fit stops with when no start converged.</summary>
internal static class FitWarnings
{
    public static FitDidNotConverge NoneConverged(FitProblem problem, int starts, IReadOnlyList<StartOutcome> outcomes)
    {
        var exits = string.Join(", ", outcomes.GroupBy(o => o.Result.Exit).Select(g => $"{g.Count():N0} {Describe(g.Key)}"));
        var hitLimit = outcomes.Any(o => o.Result.Exit == ExitCondition.MaxIterations);
        var huber = problem.Options.Objective == FitObjective.HuberLog;
        var limit = Wording.When(hitLimit, $", raise {Setting.MaxIterations}");
        var objective = Wording.When(huber, $", try {Setting.Objective} least-squares");
        var finding = $"the {problem.Law.Name} fit converged from none of {QuantityFormat.CountedGrouped(starts, "start")} ({exits})";
        return new FitDidNotConverge(finding, $"{finding}; check the data, fix a parameter with {Setting.Fix}{limit}{objective}.");
    }

    private static string Describe(ExitCondition exit) => exit switch
    {
        ExitCondition.MaxIterations => "hit the iteration limit",
        ExitCondition.LineSearchFailed => "stalled",
        ExitCondition.NonFinite => "started at a non-finite value",
        _ => exit.ToString(),
    };
}
