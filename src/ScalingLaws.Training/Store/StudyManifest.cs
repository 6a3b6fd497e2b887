using ScalingLaws.Curves;
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
    /// <summary>The Bayes loss averaged over positions: the lowest mean loss any model with this context can reach.</summary>
    public double? BayesLoss => BayesLosses is { Count: > 0 } b ? b.Average() : null;

    public static StudyManifest Create(StudySpec spec, string data, double? entropyRate, IReadOnlyList<double>? bayesLosses, IReadOnlyList<PlannedRun> runs) =>
        new(StudySettings.Of(spec), data, entropyRate, bayesLosses, [.. runs.Select(ManifestRun.Of)]);
}

/// <summary>The options a study was started with; resuming with different ones is refused.</summary>
public sealed record StudySettings(
    IReadOnlyList<double> Sizes, IReadOnlyList<double> Tokens, string Schedule, long Seed, int Context, int Sequences,
    int EvaluationSequences, int Checkpoints, double? PeakLearningRate)
{
    public static StudySettings Of(StudySpec spec) =>
        new([.. spec.Sizes], [.. spec.Budgets], StoredName(spec.Schedule), spec.Seed, spec.Context, spec.Sequences, spec.EvaluationSequences, spec.Checkpoints, spec.PeakLearningRate);

    // study.json has always spelled WSD "WarmupStableDecay"; kept so studies started before resume.
    private static string StoredName(ScheduleShape shape) => shape == ScheduleShape.Wsd ? "WarmupStableDecay" : shape.ToString();

    public override string ToString() =>
        $"sizes {string.Join(",", Sizes.Select(RunName.Format))}, tokens {string.Join(",", Tokens.Select(RunName.Format))}, schedule {Schedule}, seed {Seed}";
}

/// <summary>One planned run: its shape, size, budget and learning rate.</summary>
public sealed record ManifestRun(string Name, double TargetSize, int Layers, int Width, int Heads, double Params, int ParamsTotal,
    double Tokens, long Steps, double PeakLearningRate, string? BranchFrom, long? BranchStep)
{
    public static ManifestRun Of(PlannedRun run) => new(
        run.Name, run.TargetSize, run.Config.Layers, run.Config.Width, run.Config.Heads, run.Config.NonEmbeddingParams, run.Config.TotalParams,
        run.Settings.Tokens, run.Steps, run.Settings.PeakLearningRate, run.From?.Run, run.From?.Step);
}
