namespace ScalingLaws.Curves;

/// <summary>Which points a law is fitted to and which it must predict.</summary>
public abstract record CurveProtocol
{
    /// <summary>Splits <paramref name="curves"/> into fit-and-predict tasks.</summary>
    public abstract IReadOnlyList<CurveTask> Tasks(IReadOnlyList<LossCurve> curves);

    /// <summary>One line for reports, e.g. "fit each run's first 30 % of steps, predict the rest".</summary>
    public abstract string Describe();
}

/// <summary>
/// Fit each run on its points up to <see cref="Value"/> × its last step and predict the points after: one task per run.
/// </summary>
public sealed record FractionProtocol : CurveProtocol
{
    /// <summary>Fit each run's first <paramref name="value"/> of its steps (0 &lt; value &lt; 1).</summary>
    public FractionProtocol(double value)
    {
        Value = value > 0 && value < 1
            ? value
            : throw new ScalingLawsException($"{Setting.FitFraction} {value}: the fitted share of a run must be above 0 and below 1, e.g. 0.3.");
    }

    /// <summary>The fitted share of each run's last step.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<CurveTask> Tasks(IReadOnlyList<LossCurve> curves) =>
        [.. curves.Select(c =>
        {
            var cut = Value * c.Steps[^1];
            var (fitted, target) = (c.Through(cut), c.After(cut));
            if (target.Count == 0)
                throw new ScalingLawsException($"{c.Source}, run {c.Name}: no point lies after {Value:0.###} of the run (step {cut:0}); nothing is left to predict.");
            if (fitted.Count == 0)
                throw new ScalingLawsException($"{c.Source}, run {c.Name}: no point lies within the first {Value:0.###} of the run (through step {cut:0}; its first logged step is {c.Steps[0]:N0}), so nothing is left to fit; raise {Setting.FitFraction}, or leave the run out.");
            return new CurveTask(c.Name, [fitted], [target]);
        })];

    /// <inheritdoc/>
    public override string Describe() => $"fit each run on its first {Value * 100:0.#} % of steps, predict the rest";
}

/// <summary>Fit one law to the runs <see cref="Fit"/> together and predict the whole of every other run (or of <see cref="Targets"/>).</summary>
public sealed record RunsProtocol(ImmutableArray<string> Fit, ImmutableArray<string> Targets = default) : CurveProtocol
{
    /// <inheritdoc/>
    public override IReadOnlyList<CurveTask> Tasks(IReadOnlyList<LossCurve> curves)
    {
        // A run named twice is fitted once: its points twice over weighed it as two runs.
        var fit = Fit.Select(name => Find(curves, name)).Distinct().ToList();
        var targets = Targets.IsDefaultOrEmpty ? curves.Where(c => !fit.Contains(c)).ToList() : [.. Targets.Select(name => Find(curves, name))];
        if (targets.Count == 0)
            throw new ScalingLawsException($"every run is fitted ({string.Join(", ", Fit)}), so none is left to predict; leave one out of {Setting.FitRuns}.");
        return [new CurveTask(string.Join("+", Fit), fit, targets)];
    }

    /// <inheritdoc/>
    public override string Describe() => $"fit on {string.Join(", ", Fit)}; predict {(Targets.IsDefaultOrEmpty ? "every other run" : string.Join(", ", Targets))}";

    private static LossCurve Find(IReadOnlyList<LossCurve> curves, string name) =>
        curves.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ScalingLawsException($"{Setting.FitRuns}: no run '{name.Trim()}'; the runs are {string.Join(", ", curves.Select(c => c.Name))}.");
}

/// <summary>One fit and what it must predict: the fitted points and the target curves (their observed points to score).</summary>
public sealed record CurveTask(string Name, IReadOnlyList<LossCurve> Fit, IReadOnlyList<LossCurve> Targets);
