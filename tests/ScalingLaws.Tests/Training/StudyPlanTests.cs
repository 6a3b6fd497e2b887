using ScalingLaws.Curves;
using ScalingLaws.Training.Corpus;
using ScalingLaws.Training.Model;
using ScalingLaws.Training.Optim;
using ScalingLaws.Training.Study;
using ScalingLaws.Training.Training;

namespace ScalingLaws.Tests.Training;

/// <summary>The sweep's shapes, and the claim that lets warm-up-stable-decay runs share their stable phase.</summary>
public sealed class StudyPlanTests
{
    [Theory]
    [InlineData(50_000, 2, 48)]
    [InlineData(100_000, 2, 64)]
    [InlineData(200_000, 3, 80)]
    [InlineData(400_000, 3, 112)]
    [InlineData(800_000, 4, 128)]
    public void Sizes_get_shapes_near_the_target(double target, int layers, int width)
    {
        var config = ModelSizing.ForTarget(target, vocabulary: 64, context: 64);
        Assert.Equal((layers, width, width / 16), (config.Layers, config.Width, config.Heads));
        Assert.InRange(config.NonEmbeddingParams / target, 0.85, 1.2);
    }

    [Fact]
    public void Branched_WSD_run_equals_the_same_run_trained_alone()
    {
        var spec = new StudySpec([12_000], [4096, 8192], ScheduleShape.Wsd, Seed: 4, Context: 16, BatchSizes: [8], EvaluationSequences: 16, Checkpoints: 4);
        var data = new SyntheticLanguage(seed: 4);
        var runs = StudyPlan.Create(spec, data.Vocabulary);
        Assert.Equal(["12K-8.19K", "12K-4.1K"], runs.Select(r => r.Name));
        var branch = runs[1];
        Assert.Equal(new BranchPoint("12K-8.19K", 26), branch.From); // 32 steps, decay over the last 20%

        var store = new MemoryStore();
        new StudyRunner(data, store).Run(runs);
        var alone = new List<Checkpoint>();
        new Trainer(branch.Config, data, branch.Settings).Run(null, (c, _) => alone.Add(c));
        Assert.Equal(alone[^1].Loss, store.Logs[branch.Name][^1].Loss);
        Assert.Equal(alone[^1].PositionLosses, store.Logs[branch.Name][^1].PositionLosses);
    }

    private sealed class MemoryStore : IRunStore
    {
        private readonly Dictionary<(string, long), TrainingState> _kept = [];

        public Dictionary<string, List<Checkpoint>> Logs { get; } = [];

        public bool IsFinished(string run) => false;

        public IReadOnlyList<Checkpoint> Checkpoints(string run) => Logs.GetValueOrDefault(run) ?? [];

        public TrainingState? State(string run) => null;

        public TrainingState BranchState(BranchPoint point) => _kept[(point.Run, point.Step)];

        public void Save(PlannedRun run, IReadOnlyList<Checkpoint> checkpoints, TrainingState state, bool keepForBranch)
        {
            Logs[run.Name] = [.. checkpoints];
            if (keepForBranch)
                _kept[(run.Name, state.Step)] = state with { Parameters = [.. state.Parameters], First = [.. state.First], Second = [.. state.Second] };
        }

        public void Finish(PlannedRun run, IReadOnlyList<Checkpoint> checkpoints) => Logs[run.Name] = [.. checkpoints];
    }
}
