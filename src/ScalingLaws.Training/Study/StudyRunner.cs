using System.Diagnostics;
using ScalingLaws.Training.Corpus;

namespace ScalingLaws.Training.Study;

/// <summary>Trains the runs of a sweep in order, skipping finished ones and resuming interrupted ones from their last checkpoint.</summary>
/// <param name="workers">How each run's kernels spread their work; all cores when not given.</param>
public sealed class StudyRunner(ITrainingData data, IRunStore store, Workers? workers = null)
{
    /// <summary>Trains every run not yet finished, saving to the store as it goes; a cancelled sweep resumes where it stopped.</summary>
    public void Run(IReadOnlyList<PlannedRun> runs, Action<StudyProgress>? progress = null, CancellationToken cancellation = default)
    {
        for (var index = 0; index < runs.Count; index++)
        {
            var run = runs[index];
            if (store.IsFinished(run.Name))
            {
                progress?.Invoke(new StudyProgress(index, runs.Count, run, run.Steps, double.NaN, double.NaN, Skipped: true));
                continue;
            }
            Train(run, index, runs.Count, progress, cancellation);
        }
    }

    private void Train(PlannedRun run, int index, int count, Action<StudyProgress>? progress, CancellationToken cancellation)
    {
        var state = store.State(run.Name);
        var checkpoints = store.Checkpoints(run.Name).ToList();
        if (state is null && run.From is { } from)
        {
            // The trunk's measurements up to the branch are this run's own: it was the same model until then.
            state = store.BranchState(from);
            checkpoints = [.. store.Checkpoints(from.Run).Where(c => c.Step <= from.Step)];
        }
        var trainer = new Trainer(run.Config, data, run.Settings, workers);
        var clock = Stopwatch.StartNew();
        var first = state?.Step ?? 0;
        var keep = run.BranchSteps.ToHashSet();
        trainer.Run(
            state,
            (checkpoint, current) =>
            {
                checkpoints.Add(checkpoint);
                store.Save(run, checkpoints, current, keep.Contains(checkpoint.Step));
            },
            (step, loss) => progress?.Invoke(new StudyProgress(index, count, run, step, loss, (step - first) * trainer.TokensPerStep / clock.Elapsed.TotalSeconds, Skipped: false)),
            cancellation);
        store.Finish(run, checkpoints);
    }
}
