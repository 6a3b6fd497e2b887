using System.Globalization;
using ScalingLaws.Data;

namespace ScalingLaws.Training.Study;

/// <summary>
/// The runs of a sweep, in the order to train them: every size × peak learning rate × batch size, each on every
/// budget. With warm-up-stable-decay, the runs of one size, rate and batch share their stable phase: the longest
/// budget runs first and each shorter one continues its state from where its own decay starts, exactly as if
/// trained alone (same batches, same rates; the warm-up is the same number of steps for every budget). That saves
/// the stable phase of every shorter run.
/// </summary>
public static class StudyPlan
{
    /// <summary>The share of the longest run's steps spent warming up.</summary>
    public const double WarmupFraction = 0.05;

    /// <summary>The runs of <paramref name="spec"/> in training order, branch points included.</summary>
    public static IReadOnlyList<PlannedRun> Create(StudySpec spec, int vocabulary)
    {
        if (spec.Sizes.Count == 0 || spec.Budgets.Count == 0)
            throw new ScalingLawsException("study: give at least one model size and one token budget.");
        var budgets = spec.Budgets.Distinct().OrderDescending().ToList();
        var runs = new List<PlannedRun>();
        foreach (var size in spec.Sizes.Distinct().Order())
        {
            var config = ModelSizing.ForTarget(size, vocabulary, spec.Context);
            foreach (var sequences in spec.Batches)
                CheckArrays(config, sequences, size);
            foreach (var rate in spec.LearningRates(config.Width))
            {
                foreach (var sequences in spec.Batches)
                    runs.AddRange(Group(spec, size, config, rate, sequences, budgets));
            }
        }
        return runs;
    }

    // A step's attention scores (sequences × heads × context²) and logits (sequences × context × vocabulary) are one array each:
    // --context 100000 or --batch 1e9 passed an array's length and failed inside the trainer.
    private static void CheckArrays(ModelConfig config, int sequences, double size)
    {
        var largest = Math.Max((double)sequences * config.Heads * config.Context * config.Context, (double)sequences * config.Context * Math.Max(config.Vocabulary, config.Hidden));
        if (largest > Array.MaxLength)
            throw new ScalingLawsException($"model size {QuantityFormat.Count(size)}: {sequences:N0} sequences of {config.Context:N0} tokens at once hold {QuantityFormat.Scientific(largest)} numbers in one array, " +
                $"more than an array holds ({Array.MaxLength:N0}); give a smaller --context or --batch.");
    }

    /// <summary>The runs of one size, rate and batch over the budgets (longest first).</summary>
    private static IEnumerable<PlannedRun> Group(StudySpec spec, double size, ModelConfig config, double rate, int sequences, List<double> budgets)
    {
        var warmup = Math.Max(1, (long)Math.Round(WarmupFraction * Math.Ceiling(budgets[^1] / ((double)sequences * spec.Context))));
        var settings = budgets.Select(tokens => new TrainingSettings(
            tokens, rate, spec.Schedule, sequences, WarmupFraction, spec.Checkpoints,
            spec.EvaluationSequences, spec.Seed, WarmupSteps: warmup)).ToList();
        var suffix = (spec.SweepsLearningRate ? "-lr" + rate.ToString("G3", CultureInfo.InvariantCulture) : "") + (spec.SweepsBatch ? $"-b{sequences}" : "");
        var names = budgets.Select(tokens => $"{QuantityFormat.Count(size)}-{QuantityFormat.Count(tokens)}{suffix}").ToList();
        if (spec.Schedule != ScheduleShape.Wsd)
            return settings.Select((s, k) => new PlannedRun(names[k], size, config, s, null, [])).Reverse();
        var branchSteps = settings.Skip(1).Select(s => (long)s.LearningRates(spec.Context).DecayStart).ToList();
        return settings.Select((s, k) => k == 0
            ? new PlannedRun(names[0], size, config, s with { ExtraCheckpoints = branchSteps }, null, branchSteps)
            : new PlannedRun(names[k], size, config, s, new BranchPoint(names[0], branchSteps[k - 1]), []));
    }
}
