using System.CommandLine;
using ScalingLaws.Curves;
using ScalingLaws.Training.Optim;
using ScalingLaws.Training.Study;

namespace ScalingLaws.Cli.Options;

/// <summary>How the runs of a study are trained: schedule, seed, batch, context, measurements, threads.</summary>
internal sealed class StudyTrainingOptions
{
    public Option<string> Schedule { get; } = new("--schedule")
    {
        Description = "Learning-rate schedule after a linear warm-up: cosine (to 10% of the peak), constant, or wsd (stable, then a linear decay over the last 20%; runs of one size share the stable phase).",
        DefaultValueFactory = _ => "cosine",
    };

    public Option<long> Seed { get; } = new("--seed") { Description = "Seed for the initialization, the batches and the synthetic language.", DefaultValueFactory = _ => 1 };

    public Option<int> Context { get; } = new("--context") { Description = "Context length: tokens per training sequence (the positions measured).", DefaultValueFactory = _ => 64 };

    public Option<int> Batch { get; } = new("--batch") { Description = "Sequences per training step.", DefaultValueFactory = _ => 32 };

    public Option<int> Evaluation { get; } = new("--eval-sequences") { Description = "Held-out sequences per measurement.", DefaultValueFactory = _ => 512 };

    public Option<int> Checkpoints { get; } = new("--checkpoints") { Description = "Measurements per run, evenly spaced.", DefaultValueFactory = _ => 16 };

    public Option<string?> LearningRate { get; } = new("--lr") { Description = $"Peak learning rate for every size (default {LearningRateRule.Description})." };

    public Option<int> Cores { get; } = new("--threads") { Description = "Cores to train on.", DefaultValueFactory = _ => Environment.ProcessorCount };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Schedule, Seed, Context, Batch, Evaluation, Checkpoints, LearningRate, Cores })
            command.Options.Add(option);
    }

    public StudySpec CreateSpec(ParseResult parse, double[] sizes, double[] tokens)
    {
        if (sizes.Length == 0 || tokens.Length == 0)
            throw new ScalingLawsException("study run: give the model sizes with --params (e.g. 50K,100K) and the token budgets with --tokens (e.g. 1M,2M).");
        var schedule = (parse.GetValue(Schedule) ?? "cosine").ToLowerInvariant() switch
        {
            "cosine" => ScheduleShape.Cosine,
            "constant" => ScheduleShape.Constant,
            "wsd" => ScheduleShape.Wsd,
            var other => throw new ScalingLawsException($"--schedule {other}: unknown; use cosine, constant or wsd."),
        };
        var lr = parse.GetValue(LearningRate) is { } text ? OptionValues.Positive(text, "--lr") : (double?)null;
        return new StudySpec(sizes, tokens, schedule, parse.GetValue(Seed), Positive(parse, Context), Positive(parse, Batch),
            Positive(parse, Evaluation), Positive(parse, Checkpoints), lr);
    }

    public int Threads(ParseResult parse) => Positive(parse, Cores);

    private static int Positive(ParseResult parse, Option<int> option) => parse.GetValue(option) is var value and > 0
        ? value
        : throw new ScalingLawsException($"{option.Name}: must be a positive integer.");
}
