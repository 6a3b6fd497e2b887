namespace ScalingLaws.Cli.Rendering;

/// <summary>Each diagnostic of a fit as a sentence with what to do about it in this tool's options.</summary>
internal static class DiagnosticAdvice
{
    /// <summary>For <c>fit</c>, whose options hold, tie and bound parameters and set the iteration limit.</summary>
    public static string Sentence(FitDiagnostic diagnostic) => Join(diagnostic, Advice(diagnostic));

    /// <summary>
    /// For <c>curve compare</c>, which fits every law and so holds or bounds no parameter: the remedy it offers is
    /// more points to fit on, or the other procedure.
    /// </summary>
    public static string CurveSentence(FitDiagnostic diagnostic) => Join(diagnostic, CurveAdvice(diagnostic));

    /// <summary>For <c>curve fit</c> and <c>curve predict</c>, which hold, tie and bound parameters but set no iteration limit.</summary>
    public static string ConstrainedCurveSentence(FitDiagnostic diagnostic) => Join(diagnostic, diagnostic switch
    {
        StoppedAtIterationLimit => "Fix or bound a parameter (--fix, --bound), or fit on more points.",
        NoDegreesOfFreedom or PublishedProcedureLeftDomain => CurveAdvice(diagnostic),
        _ => Advice(diagnostic),
    });

    /// <summary>For <c>curve positions</c>: a checkpoint's positions alone decide its fit; early checkpoints can be left out.</summary>
    public static string PositionSentence(FitDiagnostic diagnostic) => Join(diagnostic, diagnostic switch
    {
        FlatDirection or NearSingularCurvature or StoppedAtIterationLimit => "Such checkpoints' values are poorly determined (often the first ones, before the losses settle: leave them out with --from-step).",
        ParameterAtBound => Advice(diagnostic),
        _ => null,
    });

    /// <summary>For <c>curve temporal</c>: more checkpoints, simpler forms or a later start determine the coefficients.</summary>
    public static string TemporalSentence(FitDiagnostic diagnostic) => Join(diagnostic, diagnostic switch
    {
        FlatDirection or NearSingularCurvature or StrongCorrelation or StoppedAtIterationLimit =>
            "Fit on more checkpoints (a larger --fit-fraction), choose simpler forms with --forms, or leave early checkpoints out with --from-step.",
        ParameterAtBound => Advice(diagnostic),
        _ => null,
    });

    private static string Join(FitDiagnostic diagnostic, string? advice) => advice is null
        ? FitDiagnosticText.Describe(diagnostic)
        : $"{FitDiagnosticText.Describe(diagnostic)} {advice}";

    private static string? CurveAdvice(FitDiagnostic diagnostic) => diagnostic switch
    {
        FlatDirection or NearSingularCurvature or NoDegreesOfFreedom => "Fit on more points (a larger --fit-fraction, or more runs).",
        PublishedProcedureLeftDomain => "Fit to the minimum instead (--procedure minimum).",
        _ => null,
    };

    /// <summary>The status in words, for the text report.</summary>
    public static string Status(FitStatus status) => status switch
    {
        FitStatus.Converged => "converged",
        FitStatus.AtBound => "converged with a parameter on its bound (see the warnings)",
        FitStatus.IllDetermined => "ill-determined: a minimum, but the data do not determine every parameter (see the warnings)",
        FitStatus.IterationLimit => "not converged: stopped at the iteration limit; raise --max-iterations",
        FitStatus.NoStartConverged => "no start converged",
        FitStatus.StoppedEarly => "stopped early by the published procedure's step budget, by design: not a minimum, so no standard errors (--procedure minimum fits to the minimum)",
        _ => status.ToString(),
    };

    /// <summary>The status in words for the curve, position and temporal commands, which set no iteration limit.</summary>
    public static string CurveStatus(FitStatus status) => status == FitStatus.IterationLimit
        ? "not converged: the best start stopped at its iteration limit, so the values are not a minimum"
        : Status(status);

    private static string? Advice(FitDiagnostic diagnostic) => diagnostic switch
    {
        ParameterAtBound d => $"Loosen --bound {d.Parameter} if the data should decide it.",
        FlatDirection { Parameters.Length: > 1 } d => $"Fix one of them with --fix or tie them with --tie (e.g. --tie {Plain(d.Parameters[0])}={Plain(d.Parameters[1])}).",
        FlatDirection => "Fix it with --fix.",
        NearSingularCurvature => "Fixing one parameter with --fix (e.g. borrowed from another fit) would help.",
        StoppedAtIterationLimit or StartsCutShort => "Raise --max-iterations.",
        NoDegreesOfFreedom => "Fit on more points.",
        PublishedProcedureLeftDomain => "Fit to the minimum instead (--procedure minimum).",
        _ => null,
    };

    // "ln B" is the fitting-scale name of B; options take the parameter's own name.
    private static string Plain(string name) => name.StartsWith("ln ", StringComparison.Ordinal) ? name[3..] : name;
}
