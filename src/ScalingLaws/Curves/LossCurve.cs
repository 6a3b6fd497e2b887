namespace ScalingLaws.Curves;

/// <summary>
/// One training run's loss at logged steps (strictly increasing), with the tokens seen when known and the
/// learning-rate schedule when known (the schedule-aware laws need it).
/// </summary>
public sealed record LossCurve
{
    /// <summary>A curve; steps strictly increasing, losses positive, tokens (when given) one per step.</summary>
    public LossCurve(string name, IEnumerable<int> steps, IEnumerable<double> loss, LearningRateSchedule? schedule = null, IEnumerable<double>? tokens = null, string? source = null)
    {
        Name = name;
        Source = source ?? name;
        Steps = [.. steps];
        Loss = [.. loss];
        Schedule = schedule;
        Tokens = tokens is null ? [] : [.. tokens];
        if (Steps.Length != Loss.Length || (Tokens.Length > 0 && Tokens.Length != Steps.Length))
            throw new ArgumentException("a loss curve needs one loss (and one token count, if any) per step.");
        for (var i = 0; i < Steps.Length; i++)
        {
            if (i > 0 && Steps[i] <= Steps[i - 1])
                throw new ScalingLawsException($"{Source}, run {name}: step {Steps[i]} follows step {Steps[i - 1]}; steps must increase strictly within a run.");
            if (Steps[i] < 0 || !(Loss[i] > 0) || !double.IsFinite(Loss[i]))
                throw new ScalingLawsException($"{Source}, run {name}, step {Steps[i]}: the step must be 0 or more and the loss a positive finite number (loss {Loss[i]}).");
        }
        if (schedule is not null && Steps.Length > 0 && Steps[^1] > schedule.LastStep)
            throw new ScalingLawsException($"{Source}, run {name}: the learning-rate schedule ends at step {schedule.LastStep}, before the last logged step {Steps[^1]}.");
    }

    /// <summary>What the reader left out and why, e.g. a step-0 row without a loss; shown with the fit.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>
    /// Whether the loss is the training (or validation) loss the model is trained on, the kind the loss-curve prior was measured on;
    /// false for an evaluation's perplexity read as its logarithm (<see cref="CurveBacktestSettings.PriorApplies"/>).
    /// </summary>
    public bool TrainingLoss { get; init; } = true;

    /// <summary>The run's name: the run column, or the file name.</summary>
    public string Name { get; }

    /// <summary>Where the run was read from (a file or dataset), for messages.</summary>
    public string Source { get; }

    /// <summary>Optimizer steps, strictly increasing.</summary>
    public ImmutableArray<int> Steps { get; }

    /// <summary>The loss at each step, e.g. nats.</summary>
    public ImmutableArray<double> Loss { get; }

    /// <summary>The learning-rate schedule, or null when unknown.</summary>
    public LearningRateSchedule? Schedule { get; }

    /// <summary>Tokens seen at each step; empty when the source has none.</summary>
    public ImmutableArray<double> Tokens { get; }

    /// <summary>Points on the curve.</summary>
    public int Count => Steps.Length;

    /// <summary>The points from <paramref name="start"/> on, <paramref name="count"/> of them, same schedule, notes and kind of loss.</summary>
    public LossCurve Slice(int start, int count) => new(
        Name, Steps.Skip(start).Take(count), Loss.Skip(start).Take(count), Schedule, Tokens.IsEmpty ? null : Tokens.Skip(start).Take(count), Source)
    {
        Notes = Notes,
        TrainingLoss = TrainingLoss,
    };

    /// <summary>The points with step at most <paramref name="step"/>.</summary>
    public LossCurve Through(double step) => Slice(0, Steps.Count(s => s <= step));

    /// <summary>The run without its points before <paramref name="step"/> (the untrained model, a warm-up), with a note saying how many were left out.</summary>
    public LossCurve FromStep(double step)
    {
        var first = Steps.Count(s => s < step);
        if (first == Count)
            throw new ScalingLawsException($"{Source}, run '{Name}': no point at or after step {step:G} (the last is step {Steps[^1]}); lower {Setting.FromStep}.");
        return first == 0 ? this : Slice(first, Count - first) with { Notes = Notes.Add($"left out the {QuantityFormat.Counted(first, "point")} of run '{Name}' before step {step:G}") };
    }

    /// <summary>The points with step above <paramref name="step"/>.</summary>
    public LossCurve After(double step)
    {
        var first = Steps.Count(s => s <= step);
        return Slice(first, Count - first);
    }
}
