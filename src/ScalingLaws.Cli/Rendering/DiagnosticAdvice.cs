using ScalingLaws.Curves;
using ScalingLaws.Fitting;
using ScalingLaws.IO;

namespace ScalingLaws.Cli.Rendering;

/// <summary>Each diagnostic of a fit as a sentence with what to do about it in this tool's options.</summary>
internal static class DiagnosticAdvice
{
    /// <summary>For <c>fit</c>, whose options hold, tie and bound parameters and set the iteration limit.</summary>
    public static string Sentence(FitDiagnostic diagnostic) => Join(diagnostic, Advice(diagnostic));

    /// <summary>
    /// For the loss-curve commands, which have no options to hold or bound parameters: the remedy they offer is
    /// more points to fit on, or the other procedure.
    /// </summary>
    public static string CurveSentence(FitDiagnostic diagnostic) => Join(diagnostic, CurveAdvice(diagnostic));

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
        _ => status.ToString(),
    };

    private static string? Advice(FitDiagnostic diagnostic) => diagnostic switch
    {
        ParameterAtBound d => $"Loosen --bound {d.Parameter} if the data should decide it.",
        FlatDirection { Parameters.Length: > 1 } d => $"Fix one of them with --fix or tie them with --tie (e.g. --tie {Plain(d.Parameters[0])}={Plain(d.Parameters[1])}).",
        FlatDirection => "Fix it with --fix.",
        NearSingularCurvature => "Fixing one parameter with --fix (e.g. borrowed from another fit) would help.",
        StoppedAtIterationLimit => "Raise --max-iterations.",
        NoDegreesOfFreedom => "Fit on more points.",
        PublishedProcedureLeftDomain => "Fit to the minimum instead (--procedure minimum).",
        _ => null,
    };

    // "ln B" is the fitting-scale name of B; options take the parameter's own name.
    private static string Plain(string name) => name.StartsWith("ln ", StringComparison.Ordinal) ? name[3..] : name;
}
