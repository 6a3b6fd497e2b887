using ScalingLaws.Fitting;

namespace ScalingLaws.IO;

/// <summary>
/// A fit's typed diagnostics and status in plain words, for law files, reports and the console. Front ends that
/// have options to suggest add their own advice.
/// </summary>
public static class FitDiagnosticText
{
    /// <summary>The diagnostic as one sentence, naming settings through <see cref="Wording"/>.</summary>
    public static string Describe(FitDiagnostic diagnostic) => diagnostic switch
    {
        OnStartGridEdge d => $"{d.Parameter} = {d.Value:G4} is on or beyond the edge of the start grid [{d.GridMin:G3}, {d.GridMax:G3}]; the optimum may lie outside the searched region.",
        ParameterAtBound d => $"{d.Parameter} = {d.Value:G4} is on its {(d.Side == BoundHit.Lower ? "lower" : "upper")} bound: the bound, not the data, sets it, and it has no standard error.",
        FlatDirection d => $"the curvature at the optimum is flat along a direction{Moving(d)}: the data do not determine {(d.Parameters.Length == 1 ? "that parameter" : "those parameters")}.",
        NearSingularCurvature d => $"the curvature at the optimum is near-singular (condition number {d.ConditionNumber:G2}): the data pin down only some combination of parameters.",
        StrongCorrelation d => $"{d.First} and {d.Second} are strongly correlated (ρ = {d.Rho:F3}): their individual values are poorly determined.",
        NoDegreesOfFreedom d => $"{d.Rows} points for {d.Rows} parameters: the law passes through every point, so nothing checks it; predictions from it are unconstrained.",
        StoppedAtIterationLimit d => $"the fit did not converge: the best start stopped at its iteration limit after {d.Iterations} iterations (largest gradient component {d.GradientNorm:G2}); the parameters are not a minimum.",
        StartsCutShort d => $"{d.AtLimit:N0} of {d.Starts:N0} starts stopped at their iteration limit before converging: the search compared unfinished descents and may have missed the best minimum.",
        PublishedProcedureLeftDomain d => $"after {QuantityFormat.Counted(d.Steps, "AdamW step")} the published procedure took a parameter out of the law's domain (a value ≤ 0) and stopped; its fixed learning rates suit runs like the repository's (losses near 3 nats, peak rate near 3e-4).",
        LossRisesWithTraining d => $"{d.Parameter} = {d.Value:G4} is negative: the fitted loss rises as training goes on, which no training loss does; check that the column is a loss (not an accuracy) and that the run did not diverge.",
        _ => diagnostic.ToString(),
    };

    /// <summary>The status as it appears in JSON: converged, at-bound, ill-determined, iteration-limit, no-start-converged, stopped-early.</summary>
    public static string Name(FitStatus status) => status switch
    {
        FitStatus.Converged => "converged",
        FitStatus.AtBound => "at-bound",
        FitStatus.IllDetermined => "ill-determined",
        FitStatus.IterationLimit => "iteration-limit",
        FitStatus.NoStartConverged => "no-start-converged",
        FitStatus.StoppedEarly => "stopped-early",
        _ => status.ToString(),
    };

    private static string Moving(FlatDirection d) => d.Parameters.Length == 0 ? "" : $" moving {string.Join(" and ", d.Parameters)}";
}
