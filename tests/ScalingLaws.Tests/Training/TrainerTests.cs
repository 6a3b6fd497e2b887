using ScalingLaws.Curves;
using ScalingLaws.Training.Corpus;
using ScalingLaws.Training.Model;
using ScalingLaws.Training.Optim;
using ScalingLaws.Training.Training;

namespace ScalingLaws.Tests.Training;

/// <summary>The trainer's behaviour end to end on tiny models: seconds, not minutes.</summary>
public sealed class TrainerTests
{
    private static readonly ModelConfig Small = new(vocabulary: 64, context: 16, layers: 1, width: 32, heads: 2);

    [Fact]
    public void Untrained_loss_is_log_vocabulary()
    {
        var trainer = new Trainer(Small, new SyntheticLanguage(), new TrainingSettings(Tokens: 1024, PeakLearningRate: 1e-3, Sequences: 8, EvaluationSequences: 64));
        trainer.Model.Initialize(7);
        var (loss, positions) = trainer.Evaluate();
        Assert.Equal(Math.Log(64), loss, 0.02);
        Assert.All(positions, p => Assert.Equal(Math.Log(64), p, 0.05));
    }

    [Fact]
    public void Learns_a_repeating_pattern_to_near_zero_loss()
    {
        var settings = new TrainingSettings(Tokens: 300 * 8 * 16, PeakLearningRate: 1e-2, Sequences: 8, Checkpoints: 1, EvaluationSequences: 16);
        var trainer = new Trainer(new ModelConfig(vocabulary: 11, context: 16, layers: 1, width: 32, heads: 2), new Cycle(11), settings);
        Checkpoint? last = null;
        trainer.Run(null, (checkpoint, _) => last = checkpoint);
        Assert.NotNull(last);
        Assert.True(last.Loss < 0.02, $"held-out loss {last.Loss:F4} after {last.Step} steps");
    }

    [Fact]
    public void Same_seed_gives_the_same_loss_curve()
    {
        var first = Curve(seed: 5);
        Assert.Equal(first, Curve(seed: 5));
        Assert.NotEqual(first, Curve(seed: 6));
    }

    [Fact]
    public void Resumed_run_continues_exactly()
    {
        var settings = new TrainingSettings(Tokens: 40 * 8 * 16, PeakLearningRate: 3e-3, Sequences: 8, Checkpoints: 4, EvaluationSequences: 16, Seed: 2);
        var data = new SyntheticLanguage();
        var whole = new List<Checkpoint>();
        TrainingState? halfway = null;
        new Trainer(Small, data, settings).Run(null, (c, state) =>
        {
            whole.Add(c);
            if (c.Step == 20)
                halfway = state with { Parameters = [.. state.Parameters], First = [.. state.First], Second = [.. state.Second] };
        });
        var resumed = new List<Checkpoint>();
        new Trainer(Small, data, settings).Run(halfway, (c, _) => resumed.Add(c));
        Assert.Equal(whole.Where(c => c.Step > 20).Select(c => c.Loss), resumed.Select(c => c.Loss));
    }

    [Fact]
    public void Impossible_shape_is_refused_with_one_clear_line()
    {
        var error = Assert.Throws<ScalingLawsException>(() => new ModelConfig(vocabulary: 64, context: 16, layers: 2, width: 50, heads: 4));
        Assert.Equal("model shape: 4 heads do not divide d_model 50; choose a number of heads that divides the width.", error.Message);
    }

    [Fact]
    public void Corpus_shorter_than_one_batch_is_refused()
    {
        var error = Assert.Throws<ScalingLawsException>(() => new TextCorpus("tiny.txt", new byte[500], sequences: 8, length: 65, seed: 1));
        Assert.Contains("tiny.txt: the corpus has 500 bytes, shorter than one batch (8 sequences of 65 tokens)", error.Message);
    }

    private static double[] Curve(long seed)
    {
        var settings = new TrainingSettings(Tokens: 12 * 8 * 16, PeakLearningRate: 3e-3, Schedule: ScheduleShape.Cosine, Sequences: 8, Checkpoints: 4, EvaluationSequences: 16, Seed: seed);
        var losses = new List<double>();
        new Trainer(Small, new SyntheticLanguage(seed: seed), settings).Run(null, (c, _) => losses.Add(c.Loss), (_, loss) => losses.Add(loss));
        return [.. losses];
    }

    /// <summary>0, 1, …, n − 1, 0, 1, … from a random start: every token but the first is certain.</summary>
    private sealed class Cycle(int n) : ITrainingData
    {
        public int Vocabulary => n;

        public string Description => $"cycle of {n}";

        public void TrainingBatch(long batch, int sequences, int length, Span<int> tokens) => Fill(SplitMix64.For(1, batch), sequences, length, tokens);

        public void HeldOut(int sequences, int length, Span<int> tokens) => Fill(SplitMix64.For(2, 0), sequences, length, tokens);

        private void Fill(SplitMix64 random, int sequences, int length, Span<int> tokens)
        {
            for (var s = 0; s < sequences; s++)
            {
                var start = random.Next(n);
                for (var i = 0; i < length; i++)
                    tokens[s * length + i] = (start + i) % n;
            }
        }
    }
}
