using ScalingLaws.Training.Optim;
using ScalingLaws.Training.Study;

namespace ScalingLaws.Cli.Options;

/// <summary>How the runs of a study are trained: schedule, seed, batch, context, measurements, threads.</summary>
internal sealed class StudyTrainingOptions : IOptionGroup
{
    public Option<Choice<ScheduleShape>> Schedule { get; } = ChoiceOption.Create<ScheduleShape>(
        "--schedule",
        "Learning-rate schedule after a linear warm-up: cosine (to 10% of the peak), constant, or wsd (stable, then a linear decay over the last 20%; runs of one size share the stable phase).",
        [new("cosine", ScheduleShape.Cosine), new("constant", ScheduleShape.Constant), new("wsd", ScheduleShape.Wsd)], "cosine");

    public Option<int> Seed { get; } = CommonOptions.Seed(1);

    public Option<int> Context { get; } = new("--context") { Description = "Context length: tokens per training sequence (the positions measured).", DefaultValueFactory = _ => 64 };

    public Option<string[]> Batch { get; } = ValueList.Create("--batch", $"Sequences per training step (default {StudySpec.DefaultSequences}); several, e.g. 4,8,16, train every run at each (a batch-size sweep for 'scaling hparams --sweep').");

    public Option<int> Evaluation { get; } = new("--eval-sequences") { Description = "Held-out sequences per measurement.", DefaultValueFactory = _ => 512 };

    public Option<int> Checkpoints { get; } = new("--checkpoints") { Description = "Measurements per run, evenly spaced.", DefaultValueFactory = _ => 16 };

    public Option<string[]> LearningRate { get; } = ValueList.Create("--lr", $"Peak learning rate for every size (default {LearningRateRule.Description}); several, e.g. 3e-3,1e-2,3e-2, train every run at each (a learning-rate sweep).");

    public Option<int> Cores { get; } = CommonOptions.Threads();

    public void AddTo(Command command)
    {
        command.AddAll(Schedule, Seed, Context, Batch, Evaluation, Checkpoints, LearningRate, Cores);
    }

    public StudySpec CreateSpec(ParseResult parse, double[] sizes, double[] tokens)
    {
        if (sizes.Length == 0 || tokens.Length == 0)
            throw new ScalingLawsException("study run: give the model sizes with --params (e.g. 50K,100K) and the token budgets with --tokens (e.g. 1M,2M).");
        var schedule = parse.GetValue(Schedule)!.Value;
        var batches = ValueList.Parse(parse, Batch, OptionValues.Positive);
        if (batches.FirstOrDefault(b => b != Math.Floor(b) || b > int.MaxValue) is var bad and > 0)
            throw new ScalingLawsException($"--batch {bad}: give sequences per step as positive whole numbers, e.g. 8,16,32.");
        // 1e308 tokens counted 9,223,372,036,854,775,807 steps and trained on; a rate of 1e300 trained to a loss of NaN.
        if (tokens.FirstOrDefault(t => t > MostTokens) is var most and > 0)
            throw new ScalingLawsException($"--tokens {Quantity.FormatScientific(most)}: more than any training run has (above {Quantity.FormatScientific(MostTokens)}), far beyond what this machine's processors train; give a study's budgets, e.g. 1M,2M,4M.");
        if (sizes.FirstOrDefault(n => n > StudySpec.LargestSize) is var huge and > 0)
            throw new ScalingLawsException($"--params {Quantity.FormatScientific(huge)}: give sizes of at most {QuantityFormat.Count(StudySpec.LargestSize)}; a study trains on this machine's processors and holds each model's parameters in one array.");
        var rates = ValueList.Measures(parse, LearningRate, OptionValues.Positive);
        if (rates.FirstOrDefault(r => r >= 1) is var high and > 0)
            throw new ScalingLawsException($"--lr {Quantity.FormatScientific(high)}: a peak learning rate of 1 or more diverges (the loss becomes NaN); give rates below 1, e.g. 3e-3,1e-2,3e-2.");
        if (batches.FirstOrDefault(b => b > MostSequences) is var large and > 0)
            throw new ScalingLawsException($"--batch {large}: give from 1 to {MostSequences:N0} sequences per step; {TooLarge}.");
        return AtLeastOneStep(new StudySpec(sizes, tokens, schedule, parse.GetValue(Seed), Positive(parse, Context, MostContext, TooLarge), [.. batches.Select(b => (int)b)],
            Positive(parse, Evaluation, MostEvaluation, TooLarge), Positive(parse, Checkpoints, MostCheckpoints, Indistinct), rates));
    }

    // --tokens 1 trained one step of 2,048 tokens as a run named '50K-1', without a word. A budget of at least half a step
    // trains at most twice it (2K trains one step of 2,048 tokens, as the tests' small studies do).
    private static StudySpec AtLeastOneStep(StudySpec spec)
    {
        var step = (double)spec.Batches.Max() * spec.Context;
        var least = spec.Budgets.Min();
        return least >= step / 2 ? spec
            : throw new ScalingLawsException($"--tokens {QuantityFormat.Count(least)}: less than half a training step of {spec.Batches.Max():N0} sequences × {spec.Context:N0} tokens, " +
                $"so the run would train {step:N0} tokens, {step / least:#,0.#} times its budget; give budgets of at least {step / 2:N0} tokens, or a smaller --batch or --context.");
    }

    private const double MostTokens = 1e15;

    // Beyond these a study's tensors pass an array's 2,147,483,647 elements (--context 1e5, --batch 1e9: internal errors) or
    // its checkpoints cannot be told apart (--checkpoints 1e9 listed a billion steps and never began).
    private const int MostContext = 8_192, MostSequences = 4_096, MostEvaluation = 65_536, MostCheckpoints = 10_000;

    private const string TooLarge = "a study trains small models on this machine's processors, and beyond that its arrays do not fit";

    private const string Indistinct = "more measurements than a run has steps to tell apart";

    /// <summary>--threads: from 1 to this machine's processors (100,000 threads were started, each with its own stack).</summary>
    public int Threads(ParseResult parse)
    {
        var value = parse.GetValue(Cores);
        return value is > 0 && value <= Environment.ProcessorCount
            ? value
            : throw new ScalingLawsException($"{Cores.Name} {value}: give from 1 to {Environment.ProcessorCount:N0}, this machine's processors; more threads than processors only take turns.");
    }

    private static int Positive(ParseResult parse, Option<int> option, int most, string why)
    {
        var value = parse.GetValue(option);
        if (value <= 0)
            throw new ScalingLawsException($"{option.Name} {value}: give a positive whole number.");
        return value <= most ? value : throw new ScalingLawsException($"{option.Name} {value}: give from 1 to {most:N0}; {why}.");
    }
}
