using ScalingLaws.Training.Corpus;
using ScalingLaws.Training.Kernels;
using ScalingLaws.Training.Training;

namespace ScalingLaws.Benchmarks.Training;

/// <summary>
/// One training step on 2 cores (a batch of 32 × 64 tokens of the synthetic language: forward, backward, AdamW)
/// for three of the study's sizes. Tokens/s is what a study gets; GFLOP/s counts the products the step executes.
/// </summary>
[Config(typeof(RooflineConfig))]
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class TrainerStepBenchmark
{
    private Trainer _trainer = null!;
    private long _step;

    [Params("50K", "200K", "800K")]
    public string Size { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var config = Work.Shape(Size);
        _trainer = new Trainer(config, new SyntheticLanguage(), new TrainingSettings(1e9, 1e-3, Sequences: Work.Sequences, EvaluationSequences: Work.Sequences), new Workers(2));
        _trainer.Model.Initialize(1);
    }

    [Benchmark]
    public double Step() => _trainer.Step(_step++);
}
