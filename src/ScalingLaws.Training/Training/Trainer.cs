using ScalingLaws.Training.Corpus;
using ScalingLaws.Training.Optim;

namespace ScalingLaws.Training.Training;

/// <summary>
/// Trains one model: batches by number from the data, AdamW with the schedule, a held-out measurement at each
/// checkpoint. Deterministic for a seed, and a run resumed from a checkpoint's state continues exactly as if
/// never stopped.
/// </summary>
internal sealed class Trainer
{
    private readonly ITrainingData _data;
    private readonly int[] _batch, _inputs, _targets, _heldOut;

    /// <summary>A trainer for a new model of <paramref name="config"/> on <paramref name="data"/>.</summary>
    /// <param name="workers">How the kernels spread their work; all cores when not given. Results do not depend on it.</param>
    public Trainer(ModelConfig config, ITrainingData data, TrainingSettings settings, Workers? workers = null)
    {
        workers ??= Workers.AllCores;
        if (config.Vocabulary != data.Vocabulary)
            throw new ScalingLawsException($"model vocabulary {config.Vocabulary} does not match the data's {data.Vocabulary}.");
        (Config, Settings, _data) = (config, settings, data);
        Model = new Transformer<float>(config, settings.Sequences, workers);
        Optimizer = new ClippedAdamW(workers, Model.Layout, settings.WeightDecay, settings.ClipNorm);
        Schedule = settings.LearningRates(config.Context);
        var rows = settings.Sequences * config.Context;
        (_inputs, _targets) = (new int[rows], new int[rows]);
        _batch = new int[settings.Sequences * (config.Context + 1)];
        EvaluationSequences = (settings.EvaluationSequences + settings.Sequences - 1) / settings.Sequences * settings.Sequences;
        _heldOut = new int[EvaluationSequences * (config.Context + 1)];
        data.HeldOut(EvaluationSequences, config.Context + 1, _heldOut);
    }

    /// <summary>The model's shape.</summary>
    public ModelConfig Config { get; }

    /// <summary>How the model is trained and measured.</summary>
    public TrainingSettings Settings { get; }

    /// <summary>The model, float precision.</summary>
    public Transformer<float> Model { get; }

    /// <summary>The optimizer and its moments.</summary>
    public ClippedAdamW Optimizer { get; }

    /// <summary>The learning rate at each step.</summary>
    public WarmupSchedule Schedule { get; }

    /// <summary>Held-out sequences per measurement: the setting rounded up to whole batches.</summary>
    public int EvaluationSequences { get; }

    /// <summary>The held-out sequences (each context + 1 tokens), e.g. for the Bayes losses of a synthetic language.</summary>
    public ReadOnlySpan<int> HeldOutTokens => _heldOut;

    /// <summary>Training tokens per optimizer step: sequences × context.</summary>
    public long TokensPerStep => (long)Settings.Sequences * Config.Context;

    /// <summary>Trains from scratch, or from <paramref name="resume"/>, to the last step.</summary>
    /// <param name="onCheckpoint">Called with each measurement and the state to save with it.</param>
    /// <param name="onStep">Called after each step with the step count and training loss, e.g. for progress.</param>
    public void Run(TrainingState? resume, Action<Checkpoint, TrainingState> onCheckpoint, Action<long, double>? onStep = null, CancellationToken cancellation = default)
    {
        var start = Restore(resume);
        var checkpoints = Settings.CheckpointSteps(Config.Context).Where(s => s > start).ToHashSet();
        var (lossSum, lossCount) = (0.0, 0);
        for (var step = start; step < Schedule.TotalSteps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            var loss = Step(step);
            (lossSum, lossCount) = (lossSum + loss, lossCount + 1);
            onStep?.Invoke(step + 1, loss);
            if (!checkpoints.Contains(step + 1))
                continue;
            var (heldOut, positions) = Evaluate();
            var tokens = (double)(step + 1) * TokensPerStep;
            onCheckpoint(
                new Checkpoint(step + 1, tokens, tokens * Config.FlopsPerToken, Schedule.RateOfUpdate(step), heldOut, lossSum / lossCount, positions),
                new TrainingState(step + 1, Model.Parameters, Optimizer.First, Optimizer.Second));
            (lossSum, lossCount) = (0.0, 0);
        }
    }

    /// <summary>One update: the gradient of batch number <paramref name="step"/>, then AdamW at the scheduled rate. Returns the batch's loss.</summary>
    public double Step(long step)
    {
        _data.TrainingBatch(step, Settings.Sequences, Config.Context + 1, _batch);
        Split(_batch);
        var loss = Model.ForwardBackward(_inputs, _targets);
        Optimizer.Update(Model.Parameters, Model.Gradients, step, Schedule.RateOfUpdate(step));
        return loss;
    }

    /// <summary>The mean held-out loss, and its mean at each position.</summary>
    public (double Loss, double[] Positions) Evaluate()
    {
        var context = Config.Context;
        var positions = new double[context];
        var batchLength = Settings.Sequences * (context + 1);
        for (var first = 0; first < _heldOut.Length; first += batchLength)
        {
            Split(_heldOut.AsSpan(first, batchLength));
            Model.Forward(_inputs, _targets);
            var losses = Model.TokenLosses;
            for (var r = 0; r < losses.Length; r++)
                positions[r % context] += losses[r];
        }
        for (var t = 0; t < context; t++)
            positions[t] /= EvaluationSequences;
        return (positions.Average(), positions);
    }

    private long Restore(TrainingState? resume)
    {
        if (resume is null)
        {
            Model.Initialize(unchecked((int)Settings.Seed));
            return 0;
        }
        if (resume.Parameters.Length != Model.Parameters.Length)
            throw new ScalingLawsException($"the saved state has {resume.Parameters.Length} parameters, the model {Model.Parameters.Length}; delete the state file to start the run again.");
        resume.Parameters.CopyTo(Model.Parameters, 0);
        resume.First.CopyTo(Optimizer.First, 0);
        resume.Second.CopyTo(Optimizer.Second, 0);
        return resume.Step;
    }

    // Each row of context + 1 tokens: the first context are inputs, the last context are targets.
    private void Split(ReadOnlySpan<int> rows)
    {
        var context = Config.Context;
        for (var s = 0; s < Settings.Sequences; s++)
        {
            var row = rows.Slice(s * (context + 1), context + 1);
            row[..context].CopyTo(_inputs.AsSpan(s * context));
            row[1..].CopyTo(_targets.AsSpan(s * context));
        }
    }
}
