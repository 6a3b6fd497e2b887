using ScalingLaws.Curves;
using ScalingLaws.Training.Model;
using ScalingLaws.Training.Optim;
using ScalingLaws.Training.Training;

namespace ScalingLaws.Training.Study;

/// <summary>
/// The runs of a sweep, in the order to train them. With warm-up-stable-decay, the runs of one size share
/// their stable phase: the longest budget runs first and each shorter one continues its state from where its
/// own decay starts, exactly as if trained alone (same batches, same rates; the warm-up is the same number of
/// steps for every budget). That saves the stable phase of every shorter run.
/// </summary>
public static class StudyPlan
{
    public const double WarmupFraction = 0.05;

    public static IReadOnlyList<PlannedRun> Create(StudySpec spec, int vocabulary)
    {
        if (spec.Sizes.Count == 0 || spec.Budgets.Count == 0)
            throw new ScalingLawsException("study: give at least one model size and one token budget.");
        var budgets = spec.Budgets.Distinct().OrderDescending().ToList();
        var tokensPerStep = (double)spec.Sequences * spec.Context;
        var warmup = Math.Max(1, (long)Math.Round(WarmupFraction * Math.Ceiling(budgets[^1] / tokensPerStep)));
        var runs = new List<PlannedRun>();
        foreach (var size in spec.Sizes.Distinct().Order())
        {
            var config = ModelSizing.ForTarget(size, vocabulary, spec.Context);
            var settings = budgets.Select(tokens => new TrainingSettings(
                tokens, spec.LearningRate(config.Width), spec.Schedule, spec.Sequences, WarmupFraction, spec.Checkpoints,
                spec.EvaluationSequences, spec.Seed, WarmupSteps: warmup)).ToList();
            var names = budgets.Select(tokens => $"{RunName.Format(size)}-{RunName.Format(tokens)}").ToList();
            if (spec.Schedule != ScheduleShape.Wsd)
            {
                runs.AddRange(settings.Select((s, k) => new PlannedRun(names[k], size, config, s, null, [])).Reverse());
                continue;
            }
            var branchSteps = settings.Skip(1).Select(s => s.LearningRates(spec.Context).DecayStart).ToList();
            runs.Add(new PlannedRun(names[0], size, config, settings[0] with { ExtraCheckpoints = branchSteps }, null, branchSteps));
            for (var k = 1; k < settings.Count; k++)
                runs.Add(new PlannedRun(names[k], size, config, settings[k], new BranchPoint(names[0], branchSteps[k - 1]), []));
        }
        return runs;
    }
}
