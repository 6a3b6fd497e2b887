namespace ScalingLaws.Temporal;

/// <summary>
/// The per-position losses of one run: checkpoints in training order, each with the same number of
/// positions T. Readers check files row by row; this type guards the same invariants for data built in code.
/// </summary>
public sealed class PositionLosses
{
    /// <summary>A run's checkpoints from <paramref name="source"/>, in step order.</summary>
    public PositionLosses(string run, string source, IEnumerable<PositionCheckpoint> checkpoints)
    {
        Run = run;
        Source = source;
        Checkpoints = [.. checkpoints];
        if (Checkpoints.Length == 0)
            throw new ScalingLawsException($"{source}: run '{run}' has no checkpoints; add rows.");
        PositionCount = Checkpoints[0].PositionCount;
        for (var k = 0; k < Checkpoints.Length; k++)
            Check(k);
        HasLearningRate = Checkpoints.All(c => c.LearningRate is not null);
    }

    /// <summary>The run's name.</summary>
    public string Run { get; }

    /// <summary>The file the run came from, as given, for messages.</summary>
    public string Source { get; }

    /// <summary>The checkpoints, in step order.</summary>
    public ImmutableArray<PositionCheckpoint> Checkpoints { get; }

    /// <summary>T, the number of positions at every checkpoint.</summary>
    public int PositionCount { get; }

    /// <summary>True when every checkpoint has a learning rate (schedule-aware forms need it).</summary>
    public bool HasLearningRate { get; }

    /// <summary>Checkpoints.</summary>
    public int Count => Checkpoints.Length;

    /// <summary>Checkpoint <paramref name="index"/>.</summary>
    public PositionCheckpoint this[int index] => Checkpoints[index];

    /// <summary>The run without its checkpoints before <paramref name="step"/>, e.g. the first moments of training.</summary>
    public PositionLosses FromStep(double step)
    {
        var kept = Checkpoints.Where(c => c.Step >= step).ToList();
        return kept.Count > 0
            ? new PositionLosses(Run, Source, kept)
            : throw new ScalingLawsException($"{Source}, run '{Run}': no checkpoint at or after step {QuantityFormat.Plain(step)} (the last is step {Checkpoints[^1].Step:G}); lower {Setting.FromStep}.");
    }

    private void Check(int k)
    {
        var c = Checkpoints[k];
        var where = $"{Source}, run '{Run}', step {c.Step:G}";
        if (c.PositionCount != PositionCount)
            throw new ScalingLawsException($"{where}: {c.PositionCount} positions, but the first checkpoint has {PositionCount}; every checkpoint needs the same positions.");
        if (!double.IsFinite(c.Step) || c.Step < 0 || !(c.Tokens > 0) || !double.IsFinite(c.Tokens))
            throw new ScalingLawsException($"{where}: step must be a finite number ≥ 0 and tokens a finite positive number (tokens = {c.Tokens:G}).");
        if (c.LearningRate is { } lr && (!double.IsFinite(lr) || lr < 0))
            throw new ScalingLawsException($"{where}: the learning rate {lr:G} must be a finite number ≥ 0.");
        if (c.Losses.Any(l => !double.IsFinite(l) || l <= 0))
            throw new ScalingLawsException($"{where}: every per-position loss must be a finite positive number.");
        if (k > 0 && !(c.Step > Checkpoints[k - 1].Step && c.Tokens > Checkpoints[k - 1].Tokens))
            throw new ScalingLawsException($"{where}: steps and tokens must increase from one checkpoint to the next (the previous is step {Checkpoints[k - 1].Step:G}); sort the rows by step.");
    }
}
