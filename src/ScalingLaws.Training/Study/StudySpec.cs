using ScalingLaws.Curves;
using ScalingLaws.Training.Optim;

namespace ScalingLaws.Training.Study;

/// <summary>A sweep: every model size trained on every token budget.</summary>
/// <param name="Sizes">Target non-embedding parameter counts; <see cref="Model.ModelSizing"/> picks the shapes.</param>
/// <param name="Budgets">Training tokens.</param>
public sealed record StudySpec(
    IReadOnlyList<double> Sizes,
    IReadOnlyList<double> Budgets,
    ScheduleShape Schedule,
    long Seed = 1,
    int Context = 64,
    int Sequences = 32,
    int EvaluationSequences = 512,
    int Checkpoints = 16,
    double? PeakLearningRate = null)
{
    /// <summary>The peak learning rate for a width: the same rate for every size unless given.</summary>
    public double LearningRate(int width) => PeakLearningRate ?? LearningRateRule.For(width);
}
