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

    /// <summary>Always <c>downstream</c>, telling accuracy-law files from loss-law files.</summary>
    public string Kind { get; set; } = "downstream"; // set, not init: see Version

    /// <summary>The task, e.g. <c>piqa</c>.</summary>
    public string? Task { get; init; }

    /// <summary>The metric, e.g. <c>acc</c> or <c>acc_norm</c>.</summary>
    public string? Metric { get; init; }

    /// <summary>The accuracy of random guessing, in [0, 1].</summary>
    public double? Chance { get; init; }

    /// <summary>The law's name, e.g. <c>sigmoid</c>.</summary>
    public string? Law { get; init; }

    /// <summary>The law's formula, for people reading the file.</summary>
    public string? Formula { get; init; }

    /// <summary><c>loss</c> or <c>compute</c>.</summary>
    public string? Input { get; init; }

    /// <summary>What the loss input is, e.g. <c>log2(lambada_openai ppl)</c>; null for the direct law.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Loss { get; init; }

    /// <summary>The fitted parameters by name.</summary>
    public Dictionary<string, double>? Params { get; init; }

    /// <summary>Each parameter's standard error, null where not determined.</summary>
    public Dictionary<string, double?>? StandardErrors { get; init; }

    /// <summary>The parameters' covariance on the fitting scale, in parameter order.</summary>
    public double[][]? Covariance { get; init; }

    /// <summary>The standard deviation of single scores around the law.</summary>
    public double? Scatter { get; init; }

    /// <summary>The smallest and largest input (loss or FLOPs) the law was fitted on.</summary>
    public double[]? InputRange { get; init; }

    /// <summary>How many rows were fitted.</summary>
    public int Rows { get; init; }

    /// <summary>How the fit ended, e.g. <c>converged</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Whether the task is predictable from the fitted rows.</summary>
    public bool Predictable { get; init; }

    /// <summary>Why the task is not predictable (null when it is).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Verdict { get; init; }

    /// <summary>The document for a fitted accuracy law and its verdict (null when predictable).</summary>
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
