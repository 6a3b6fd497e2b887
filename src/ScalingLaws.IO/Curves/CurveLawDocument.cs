using ScalingLaws.Fitting;
using ScalingLaws.Prediction;

namespace ScalingLaws.IO.Curves;

/// <summary>
/// A fitted loss-curve law as JSON: what <c>scaling curve fit --json</c> prints and <c>--out</c> writes, and what
/// <c>scaling curve predict --law-file</c> reads (<see cref="Law"/> and <see cref="Params"/>, and <see cref="Extrapolation"/>
/// for predictive intervals: the fitted steps and the error model; files written before it existed load without intervals).
/// </summary>
public sealed record CurveLawDocument(
    string Law,
    string? Formula,
    IReadOnlyDictionary<string, double> Params,
    CurveFitJson? Fit = null,
    IReadOnlyList<CurvePredictionJson>? Predictions = null,
    IReadOnlyList<string>? Warnings = null,
    ExtrapolationDocument? Extrapolation = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    CurveBootstrapJson? Bootstrap = null)
{
    /// <summary>The format version this program writes; see <see cref="DocumentVersion"/>.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format version, written first; a file without one is version 1.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    // set, not init: source-generated reading assigns every init-only property (0 when absent), losing the default.
    public int Version { get; set; } = DocumentVersion.Unstated;

    /// <summary>The document for a fitted curve law, with its target predictions, predictive model and bootstrap when given.</summary>
    public static CurveLawDocument From(
        CurveFit fit, IEnumerable<CurvePrediction>? predictions = null, PredictiveModel? predictive = null, CurveBootstrapResult? bootstrap = null) => new(
        fit.Law.Name,
        fit.Law.Formula,
        fit.Law.Parameters.Select((p, j) => (p.Name, Value: fit.Values[j])).ToDictionary(p => p.Name, p => p.Value),
        new CurveFitJson(fit.Procedure.ToString().ToLowerInvariant(), fit.Method, fit.ObjectiveValue, fit.Delta, fit.Starts, fit.ConvergedStarts, fit.Points,
            [.. fit.Runs.Select(r => new CurveRunJson(r.Run, r.Points))], MetricsDocument.Of(fit.Metrics),
            FitDiagnosticText.Name(fit.Status), StandardErrors(fit)),
        predictions?.Select(p => new CurvePredictionJson(p.Target.Name, p.Target.Count, MetricsDocument.Of(p.Metrics), CurveCoverageJson.Of(CurveCoverage.Of([p])))).ToList(),
        [.. fit.Diagnostics.Select(FitDiagnosticText.Describe)],
        predictive is null ? null : ExtrapolationDocument.From(predictive),
        CurveBootstrapJson.Of(bootstrap))
    {
        Version = CurrentVersion,
    };

    // The curvature's standard error of each parameter that has one (not fixed, not on a bound, not flat).
    private static IReadOnlyDictionary<string, double> StandardErrors(CurveFit fit) =>
        fit.Estimates.Where(e => double.IsFinite(e.StandardError)).ToDictionary(e => e.Name, e => e.StandardError);
}

/// <summary>
/// How the fit went: the procedure, the objective, the starts, the fitted runs, the agreement with the fitted points,
/// the engine's status and the curvature's standard errors (absent in files written before they existed).
/// </summary>
public sealed record CurveFitJson(
    string Procedure, string Method, double Objective, double Delta, int Starts, int Converged, int Points, IReadOnlyList<CurveRunJson> Runs, MetricsDocument Metrics,
    string? Status = null, IReadOnlyDictionary<string, double>? StandardErrors = null);

/// <summary>One fitted run of a curve fit.</summary>
/// <param name="Run">The run's name.</param>
/// <param name="Points">How many of its points were fitted.</param>
public sealed record CurveRunJson(string Run, int Points);

/// <summary>
/// The bootstrap of a curve fit: what was resampled ("runs", drawn whole, or "blocks" of <see cref="BlockLength"/>
/// consecutive points of one run), how many runs or points, and each parameter's median, standard error and
/// percentile 95% interval over the converged resamples.
/// </summary>
public sealed record CurveBootstrapJson(
    int Resamples, int Seed, int Converged, string Resampled, int Units, int? BlockLength, IReadOnlyDictionary<string, IntervalDocument> Params)
{
    /// <summary>The bootstrap as JSON, or null when there was none.</summary>
    public static CurveBootstrapJson? Of(CurveBootstrapResult? b) => b is null ? null : new(
        b.Resamples, b.Seed, b.Converged, b.ResampledRuns ? "runs" : "blocks", b.Units, b.BlockLength,
        b.Law.Parameters.Select((p, j) => (p.Name, Interval: IntervalDocument.From(b.Parameter(j)))).ToDictionary(p => p.Name, p => p.Interval));
}

/// <summary>A target curve's prediction metrics over its predicted points, and how its predictive intervals covered them.</summary>
public sealed record CurvePredictionJson(string Curve, int Points, MetricsDocument Metrics, CurveCoverageJson? Coverage = null);

/// <summary>
/// How predictive 95% intervals covered predicted points: the share inside, the mean relative error and
/// half-width, their ratio, and the furthest step as a factor of the last fitted step.
/// </summary>
public sealed record CurveCoverageJson(int Curves, int Points, double Coverage, double MeanRelativeError, double MeanRelativeHalfWidth, double WidthRatio, double MaxFactor)
{
    /// <summary>The coverage as JSON, or null when there was none.</summary>
    public static CurveCoverageJson? Of(CurveCoverage? c) =>
        c is null ? null : new(c.Curves, c.Points, c.Coverage, c.MeanRelativeError, c.MeanRelativeHalfWidth, c.WidthRatio, c.MaxFactor);
}

