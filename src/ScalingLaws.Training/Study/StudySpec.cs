using ScalingLaws.Training.Optim;

namespace ScalingLaws.Training.Study;

/// <summary>A sweep: every model size trained on every token budget, at every peak learning rate and batch size given.</summary>
/// <param name="Sizes">Target non-embedding parameter counts; <see cref="Model.ModelSizing"/> picks the shapes.</param>
/// <param name="Budgets">Training tokens.</param>
/// <param name="BatchSizes">Sequences per training step; several make a batch-size sweep. Null or empty: <see cref="DefaultSequences"/>.</param>
/// <param name="PeakLearningRates">Peak learning rates for every size; several make a learning-rate sweep. Null or empty: <see cref="LearningRateRule"/>.</param>
public sealed record StudySpec(
    IReadOnlyList<double> Sizes,
    IReadOnlyList<double> Budgets,
    ScheduleShape Schedule,
    long Seed = 1,
    int Context = 64,
    IReadOnlyList<int>? BatchSizes = null,
    int EvaluationSequences = 512,
    int Checkpoints = 16,
    IReadOnlyList<double>? PeakLearningRates = null)
{
    public const int DefaultSequences = 32;

    /// <summary>The largest model size a study trains (its parameters stay within one array).</summary>
    public const double LargestSize = Model.ModelSizing.Largest;

    /// <summary>The batch sizes in sequences, distinct, in the order given.</summary>
    public IReadOnlyList<int> Batches => BatchSizes is { Count: > 0 } b ? [.. b.Distinct()] : [DefaultSequences];

    /// <summary>The first batch size: the one the held-out set is rounded to and a corpus is checked against.</summary>
    public int Sequences => Batches[0];

    /// <summary>The peak learning rates for a width: the given ones (distinct, in order), else the rule's one.</summary>
    public IReadOnlyList<double> LearningRates(int width) =>
        PeakLearningRates is { Count: > 0 } rates ? [.. rates.Distinct()] : [LearningRateRule.For(width)];

    /// <summary>True when more than one learning rate or batch size is swept, so run names carry them.</summary>
    public bool SweepsLearningRate => PeakLearningRates is { } r && r.Distinct().Count() > 1;

    public bool SweepsBatch => Batches.Count > 1;
}
