using System.Text.Json.Serialization;
using ScalingLaws.Data;
using ScalingLaws.Training.Study;

namespace ScalingLaws.Training.Store;

/// <summary>What a study directory holds: the sweep's settings, its data, the true entropy when known, and the planned runs.</summary>
/// <param name="EntropyRate">The data's exact entropy rate in nats per token (synthetic language), or null.</param>
/// <param name="BayesLosses">The exact Bayes predictor's mean loss at each position of the held-out sequences, or null.</param>
public sealed record StudyManifest(
    StudySettings Settings,
    string Data,
    double? EntropyRate,
    IReadOnlyList<double>? BayesLosses,
    IReadOnlyList<ManifestRun> Runs)
{
    /// <summary>The format version this program writes; see <see cref="DocumentVersion"/>.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format version, written first; a manifest without one is version 1.</summary>
    [JsonPropertyOrder(-1)]
    // set, not init: source-generated reading assigns every init-only property (0 when absent), losing the default.
    public int Version { get; set; } = DocumentVersion.Unstated;

    /// <summary>The Bayes loss averaged over positions: the lowest mean loss any model with this context can reach.</summary>
    public double? BayesLoss => BayesLosses is { Count: > 0 } b ? b.Average() : null;

    /// <summary>The manifest of a new study.</summary>
    public static StudyManifest Create(StudySpec spec, string data, double? entropyRate, IReadOnlyList<double>? bayesLosses, IReadOnlyList<PlannedRun> runs) =>
        new(StudySettings.Of(spec), data, entropyRate, bayesLosses, [.. runs.Select(ManifestRun.Of)]) { Version = CurrentVersion };
}

/// <summary>The options a study was started with; resuming with different ones is refused.</summary>
/// <param name="Sequences">The batch size, or the first of a batch-size sweep.</param>
/// <param name="PeakLearningRate">The learning rate given for every size (null: the rule), or the first of a sweep.</param>
/// <param name="LearningRateSweep">The learning rates of a learning-rate sweep; null without one, so a single-rate study's manifest reads as before.</param>
/// <param name="BatchSweep">The batch sizes (sequences) of a batch-size sweep; null without one.</param>
public sealed record StudySettings(
    IReadOnlyList<double> Sizes, IReadOnlyList<double> Tokens, string Schedule, long Seed, int Context, int Sequences,
    int EvaluationSequences, int Checkpoints, double? PeakLearningRate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? LearningRateSweep = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? BatchSweep = null)
{
    /// <summary>The settings of <paramref name="spec"/>.</summary>
    public static StudySettings Of(StudySpec spec) =>
        new([.. spec.Sizes], [.. spec.Budgets], StoredName(spec.Schedule), spec.Seed, spec.Context, spec.Sequences, spec.EvaluationSequences, spec.Checkpoints,
            spec.PeakLearningRates is { Count: > 0 } rates ? rates[0] : null,
            spec.SweepsLearningRate ? [.. spec.PeakLearningRates!.Distinct()] : null,
            spec.SweepsBatch ? [.. spec.Batches] : null);

    // study.json has always spelled WSD "WarmupStableDecay"; kept so studies started before resume.
    private static string StoredName(ScheduleShape shape) => shape == ScheduleShape.Wsd ? "WarmupStableDecay" : shape.ToString();

    /// <inheritdoc/>
    public override string ToString() =>
        $"sizes {string.Join(",", Sizes.Select(size => QuantityFormat.Count(size)))}, tokens {string.Join(",", Tokens.Select(tokens => QuantityFormat.Count(tokens)))}, schedule {Schedule}, seed {Seed}"
        + (LearningRateSweep is { } rates ? $", lr {string.Join(",", rates)}" : "") + (BatchSweep is { } batches ? $", batch {string.Join(",", batches)}" : "");
}

/// <summary>One planned run: its shape, size, budget and learning rate.</summary>
public sealed record ManifestRun(string Name, double TargetSize, int Layers, int Width, int Heads, double Params, int ParamsTotal,
    double Tokens, long Steps, double PeakLearningRate, string? BranchFrom, long? BranchStep)
{
    /// <summary>The manifest entry of a planned run.</summary>
    public static ManifestRun Of(PlannedRun run) => new(
        run.Name, run.TargetSize, run.Config.Layers, run.Config.Width, run.Config.Heads, run.Config.NonEmbeddingParams, run.Config.TotalParams,
        run.Settings.Tokens, run.Steps, run.Settings.PeakLearningRate, run.From?.Run, run.From?.Step);
}
