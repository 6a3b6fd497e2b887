using System.Text.Json.Serialization;
using ScalingLaws.Fitting;
using ScalingLaws.IO.Selection;
using ScalingLaws.Laws;
using ScalingLaws.Prediction;
using ScalingLaws.Uncertainty;

namespace ScalingLaws.IO.LawFiles;

/// <summary>
/// A fitted law as JSON with stable names: what <c>scaling fit --json</c> prints, what
/// <c>--out FIT.json</c> writes and what <c>scaling predict --law-file</c> reads.
/// </summary>
public sealed record LawDocument
{
    /// <summary>The format version this program writes; see <see cref="DocumentVersion"/>.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format version; a file without one is version 1.</summary>
    // set, not init: source-generated reading assigns every init-only property (0 when absent), losing the default.
    public int Version { get; set; } = DocumentVersion.Unstated;

    /// <summary>The law's name, e.g. <c>chinchilla</c>.</summary>
    public required string Law { get; init; }

    /// <summary>The law's formula, for people reading the file; optional when reading.</summary>
    public string? Formula { get; init; }

    /// <summary>The input of a one-variable law: params, tokens or flops.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? X { get; init; }

    /// <summary>How many rows were fitted.</summary>
    public int? N { get; init; }

    /// <summary>The training runs the rows come from (checkpoints of one run count once); see <see cref="RunIndex"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Runs { get; init; }

    /// <summary>The law's parameters by name, on their natural scale.</summary>
    public required Dictionary<string, double> Params { get; init; }

    /// <summary>How the fit ended: converged, ill-determined, iteration-limit or no-start-converged (absent for a law given by value).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    /// <summary>Standard errors of the parameters from the curvature at the optimum (null where not determined: fixed, on a bound, flat).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, double>? StandardErrors { get; init; }

    /// <summary>
    /// 95% intervals of the parameters from the curvature, [lower, upper] in natural units: ± Student's t standard errors on the
    /// fitting scale, summed by run on checkpoints (<see cref="FitCurvature"/>); only the parameters that have one.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, double[]>? Intervals95 { get; init; }

    /// <summary>Parameters that ended on a bound: lower or upper.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? AtBound { get; init; }

    /// <summary>Fixed, tied or bounded parameters, as given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Constraints { get; init; }

    /// <summary>The fitting objective, e.g. <c>huber-log</c>.</summary>
    public string? ObjectiveKind { get; init; }
    /// <summary>The Huber threshold δ of the objective.</summary>
    public double? Delta { get; init; }
    /// <summary>The objective's value at the optimum.</summary>
    public double? Objective { get; init; }
    /// <summary>Optimizer iterations of the best start.</summary>
    public int? Iterations { get; init; }
    /// <summary>How many starts were run.</summary>
    public int? Starts { get; init; }
    /// <summary>How many starts converged.</summary>
    public int? Converged { get; init; }
    /// <summary>How well the law fits the fitted rows.</summary>
    public MetricsDocument? Metrics { get; init; }
    /// <summary>Warnings about the fit, one sentence each.</summary>
    public string[] Warnings { get; set; } = []; // set, not init: see Version
    /// <summary>Notes about the data or the fit, one sentence each.</summary>
    public string[] Notes { get; set; } = []; // set, not init: see Version

    /// <summary>Which rows of the file were fitted (families, filters, excluded models) and any pooling warning.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SelectionSummary? Selection { get; init; }

    /// <summary>Correlations of the free parameters: from the bootstrap when there is one, else from the curvature.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CorrelationDocument? Correlation { get; init; }

    /// <summary>Bootstrap intervals of the parameters and derived quantities.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BootstrapDocument? Bootstrap { get; init; }

    /// <summary>The fitted ranges and extrapolation-error model behind predictive intervals; absent in older law files.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExtrapolationDocument? Extrapolation { get; init; }

    /// <param name="runs">The runs of the fitted table, to record how many there were.</param>
    /// <param name="predictive">The fitted ranges and extrapolation-error model for predictive intervals.</param>
    public static LawDocument From(FitResult fit, BootstrapResult? bootstrap = null, RunIndex? runs = null, PredictiveModel? predictive = null) => new()
    {
        Version = CurrentVersion,
        Law = fit.Law.Name,
        Formula = fit.Law.Formula,
        X = XOf(fit.Law),
        N = fit.Rows,
        Runs = runs?.Count,
        Params = Named(fit.Law, LawDomain.Storable(fit.Law, fit.Values)),
        Status = FitDiagnosticText.Name(fit.Status),
        StandardErrors = fit.Estimates.ToDictionary(e => e.Name, e => e.StandardError),
        Intervals95 = IntervalsOf(fit),
        AtBound = AtBoundOf(fit),
        Constraints = ConstraintsOf(fit),
        ObjectiveKind = fit.Objective == FitObjective.HuberLog ? "huber-log" : "least-squares",
        Delta = fit.Objective == FitObjective.HuberLog ? fit.Delta : null,
        Objective = fit.ObjectiveValue,
        Iterations = fit.Iterations,
        Starts = fit.Starts,
        Converged = fit.ConvergedStarts,
        Metrics = MetricsDocument.Of(fit.Metrics),
        Warnings = [.. fit.Diagnostics.Select(FitDiagnosticText.Describe)],
        Notes = [.. fit.Notes],
        Correlation = bootstrap is not null ? CorrelationDocument.FromBootstrap(fit, bootstrap)
            : fit.Curvature.PositiveDefinite ? CorrelationDocument.FromCurvature(fit)
            : null,
        Bootstrap = bootstrap is null ? null : BootstrapDocument.From(bootstrap),
        Extrapolation = predictive is null ? null : ExtrapolationDocument.From(predictive),
    };

    /// <summary>A document for a law given by value (no fit), e.g. from <c>--law "chinchilla:E=1.69,..."</c>.</summary>
    public static LawDocument FromValues(ScalingLaw law, IReadOnlyList<double> values) => new()
    {
        Version = CurrentVersion,
        Law = law.Name,
        Formula = law.Formula,
        X = XOf(law),
        Params = Named(law, values),
    };

    internal static string? XOf(ScalingLaw law) => law.Inputs.Length == 1 ? law.Inputs[0].ToString().ToLowerInvariant() : null;

    private static Dictionary<string, double> Named(ScalingLaw law, IReadOnlyList<double> values) =>
        law.Parameters.Select((p, j) => (p.Name, Value: values[j])).ToDictionary(p => p.Name, p => p.Value);

    private static Dictionary<string, string>? AtBoundOf(FitResult fit)
    {
        var hits = fit.Estimates.Where(e => e.Bound != BoundHit.None)
            .ToDictionary(e => e.Name, e => e.Bound == BoundHit.Lower ? "lower" : "upper");
        return hits.Count == 0 ? null : hits;
    }

    private static Dictionary<string, double[]>? IntervalsOf(FitResult fit)
    {
        var intervals = fit.Estimates.Where(e => double.IsFinite(e.Lower) && double.IsFinite(e.Upper))
            .ToDictionary(e => e.Name, e => new[] { e.Lower, e.Upper });
        return intervals.Count == 0 ? null : intervals;
    }

    private static Dictionary<string, string>? ConstraintsOf(FitResult fit)
    {
        var held = fit.Law.Parameters.Select((p, j) => (p.Name, Role: fit.Roles[j]))
            .Where(p => p.Role != ParameterRole.Free)
            .ToDictionary(p => p.Name, p => p.Role.ToString().ToLowerInvariant());
        return held.Count == 0 ? null : held;
    }
}

/// <summary>A bootstrap summary of one quantity.</summary>
/// <param name="Median">The median over resamples.</param>
/// <param name="Se">The standard error (standard deviation over resamples).</param>
/// <param name="Ci95">The percentile 95% interval: lower, upper.</param>
public sealed record IntervalDocument(double Median, double Se, double[] Ci95)
{
    /// <summary>The summary of <paramref name="u"/>.</summary>
    public static IntervalDocument From(Uncertainty.Uncertainty u) => new(u.Median, u.StandardError, [u.Lower, u.Upper]);
}

/// <summary>Correlations of parameters.</summary>
/// <param name="Names">The parameters, in matrix order.</param>
/// <param name="Matrix">The correlation matrix, row by row.</param>
/// <param name="Source">Where it comes from: the curvature or the bootstrap.</param>
public sealed record CorrelationDocument(string[] Names, double[][] Matrix, string Source)
{
    /// <summary>Correlations of the free parameters from the curvature at the optimum (fitting scale).</summary>
    public static CorrelationDocument FromCurvature(FitResult fit)
    {
        var free = fit.Law.Parameters.Where((_, j) => fit.Roles[j] == ParameterRole.Free).Select(p => p.InternalName).ToArray();
        return new(free, Rows(fit.Curvature.Correlation, free.Length), "curvature (fitting scale)");
    }

    /// <summary>Correlations of all parameters over the bootstrap resamples.</summary>
    public static CorrelationDocument FromBootstrap(FitResult fit, BootstrapResult bootstrap)
    {
        var k = fit.Law.ParameterCount;
        return new([.. fit.Law.Parameters.Select(p => p.Name)], Rows(bootstrap.Correlation(), k), "bootstrap");
    }

    private static double[][] Rows(double[,] matrix, int k) =>
        [.. Enumerable.Range(0, k).Select(i => Enumerable.Range(0, k).Select(j => matrix[i, j]).ToArray())];
}

/// <summary>A bootstrap of a fit.</summary>
/// <param name="Resamples">Resamples drawn.</param>
/// <param name="Seed">The random seed.</param>
/// <param name="Converged">Resamples whose fit converged.</param>
/// <param name="Params">Each parameter's summary.</param>
/// <param name="Derived">Each derived quantity's summary (e.g. the compute-optimal exponents).</param>
/// <param name="Samples">Every converged resample's parameters.</param>
[OmitNulls]
public sealed record BootstrapDocument(
    int Resamples, int Seed, int Converged,
    Dictionary<string, IntervalDocument> Params,
    Dictionary<string, IntervalDocument> Derived,
    double[][] Samples)
{
    /// <summary>What each resample drew with replacement: "runs" (whole runs, a cluster bootstrap) or "rows".</summary>
    public string? Resampled { get; init; }

    /// <summary>How many runs or rows each resample drew.</summary>
    public int? Units { get; init; }

    /// <summary>The document for a bootstrap result.</summary>
    public static BootstrapDocument From(BootstrapResult bootstrap) => new(
        bootstrap.Resamples,
        bootstrap.Seed,
        bootstrap.Converged,
        bootstrap.Law.Parameters.ToDictionary(p => p.Name, p => IntervalDocument.From(bootstrap.Parameter(p.Name))),
        DerivedQuantities.For(bootstrap.Law).ToDictionary(q => q.Name, q => IntervalDocument.From(bootstrap.Derived(q.Compute))),
        [.. bootstrap.Samples.Select(s => LawDomain.Storable(bootstrap.Law, s.ToArray()))])
    {
        Resampled = bootstrap.Kind == BootstrapKind.Runs ? "runs" : "rows",
        Units = bootstrap.Units > 0 ? bootstrap.Units : null,
    };
}
