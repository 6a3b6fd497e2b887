using System.Text.Json.Serialization;
using ScalingLaws.Downstream;

namespace ScalingLaws.IO.Downstream;

/// <summary>
/// An accuracy law as <c>scaling downstream fit --out</c> writes it: the task, its chance level, the law and its
/// parameters, their covariance on the fitting scale (parameter order, for the delta method), the scatter of single
/// scores around the law, the inputs it was fitted on, and whether the task is predictable from those rows.
/// </summary>
public sealed record AccuracyLawDocument
{
    /// <summary>The format version this program writes; see <see cref="DocumentVersion"/>.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format version; a file without one is version 1.</summary>
    // set, not init: source-generated reading assigns every init-only property (0 when absent), losing the default.
    public int Version { get; set; } = DocumentVersion.Unstated;

    public string Kind { get; set; } = "downstream"; // set, not init: see Version

    public string? Task { get; init; }

    public string? Metric { get; init; }

    public double? Chance { get; init; }

    public string? Law { get; init; }

    public string? Formula { get; init; }

    /// <summary><c>loss</c> or <c>compute</c>.</summary>
    public string? Input { get; init; }

    /// <summary>What the loss input is, e.g. <c>log2(lambada_openai ppl)</c>; null for the direct law.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Loss { get; init; }

    public Dictionary<string, double>? Params { get; init; }

    public Dictionary<string, double?>? StandardErrors { get; init; }

    public double[][]? Covariance { get; init; }

    public double? Scatter { get; init; }

    public double[]? InputRange { get; init; }

    public int Rows { get; init; }

    public string? Status { get; init; }

    public bool Predictable { get; init; }

    /// <summary>Why the task is not predictable (null when it is).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Verdict { get; init; }

    public static AccuracyLawDocument From(AccuracyFit fit, string? verdict)
    {
        var k = fit.Law.Parameters.Length;
        return new AccuracyLawDocument
        {
            Version = CurrentVersion,
            Task = fit.Task,
            Metric = fit.Metric,
            Chance = fit.Chance,
            Law = fit.Law.Name,
            Formula = fit.Law.Formula,
            Input = fit.Law.Input.ToString().ToLowerInvariant(),
            Loss = fit.LossName,
            Params = fit.Law.Parameters.Select((p, j) => (p.Name, fit.Values[j])).ToDictionary(),
            StandardErrors = fit.Fit?.Parameters.ToDictionary(p => p.Name, p => double.IsFinite(p.StandardError) ? p.StandardError : (double?)null),
            Covariance = [.. Enumerable.Range(0, k).Select(a => Enumerable.Range(0, k).Select(b => fit.Covariance[a, b]).ToArray())],
            Scatter = fit.Scatter,
            InputRange = [fit.InputMin, fit.InputMax],
            Rows = fit.Rows,
            Status = fit.Fit is { } engine ? FitDiagnosticText.Name(engine.Status) : null,
            Predictable = fit.Predictable,
            Verdict = verdict,
        };
    }
}
