namespace ScalingLaws.Temporal;

/// <summary>
/// A temporal law fitted on a run's first checkpoints and its predictions for the rest: which forms were
/// chosen and on what evidence, and how well it fits (fitted part) and predicts (the rest).
/// </summary>
public sealed record TemporalForecast
{
    /// <summary>The run.</summary>
    public required PositionLosses Run { get; init; }

    /// <summary>How many leading checkpoints the law was fitted on; the rest are predicted.</summary>
    public required int Fitted { get; init; }

    /// <summary>How many of the fitted checkpoints were held out to choose the forms.</summary>
    public required int Validation { get; init; }

    /// <summary>The fitted law.</summary>
    public required TemporalLaw Law { get; init; }

    /// <summary>The forms that were compared (the schedule form only when learning rates are known and vary).</summary>
    public required ImmutableArray<TemporalForm> Candidates { get; init; }

    /// <summary>Every combination tried, best first.</summary>
    public required ImmutableArray<FormChoice> Combinations { get; init; }

    /// <summary>Σ Huber_δ(ln L − ln L̂) of the final fit over the fitted cells.</summary>
    public required double Objective { get; init; }

    /// <summary>How the final fit ended, as the engine reports it.</summary>
    public required FitStatus Status { get; init; }

    /// <summary>What the engine found about the final fit (an iteration limit, flat or correlated coefficients), typed.</summary>
    public required ImmutableArray<FitDiagnostic> Diagnostics { get; init; }

    /// <summary>The coefficients held, tied or bounded in the fit (its backtest refits under the same).</summary>
    public ParameterConstraints Constraints { get; init; } = ParameterConstraints.None;

    /// <summary>Predicted L_i at every checkpoint, fitted and predicted, i = 1..T.</summary>
    public required ImmutableArray<ImmutableArray<double>> Predictions { get; init; }

    /// <summary>Notes about the fit, one sentence each.</summary>
    public required ImmutableArray<string> Notes { get; init; }

    /// <summary>Checkpoints predicted.</summary>
    public int Predicted => Run.Count - Fitted;

    /// <summary>The predicted sequence loss (mean over positions) at a checkpoint.</summary>
    public double SequenceLoss(int checkpoint) => Predictions[checkpoint].Average();

    /// <summary>Sequence-loss metrics over the predicted checkpoints.</summary>
    public FitMetrics SequencePrediction => SequenceMetrics(Fitted, Run.Count);

    /// <summary>Per-position metrics over every cell of the predicted checkpoints.</summary>
    public FitMetrics PositionPrediction => PositionMetrics(Fitted, Run.Count);

    /// <summary>Sequence-loss metrics over the fitted checkpoints (in sample).</summary>
    public FitMetrics SequenceFit => SequenceMetrics(0, Fitted);

    /// <summary>Per-position metrics over the fitted cells (in sample).</summary>
    public FitMetrics PositionFit => PositionMetrics(0, Fitted);

    /// <summary>
    /// For parameter j, each candidate form's validation error: the best combination that uses it there; null when no
    /// combination tried it there (constraints on another form's coefficients leave it out).
    /// </summary>
    public IEnumerable<(TemporalForm Form, double? ValidationError)> Evidence(int parameter) =>
        Candidates.Select(form => (form, Combinations.Where(c => c.Forms[parameter] == form).Select(c => (double?)c.ValidationError).Min()));

    private FitMetrics SequenceMetrics(int from, int to) => FitMetrics.Compute(
        [.. Enumerable.Range(from, to - from).Select(k => Run[k].SequenceLoss)],
        [.. Enumerable.Range(from, to - from).Select(SequenceLoss)]);

    private FitMetrics PositionMetrics(int from, int to) => FitMetrics.Compute(
        [.. Enumerable.Range(from, to - from).SelectMany(k => Run[k].Losses)],
        [.. Enumerable.Range(from, to - from).SelectMany(k => Predictions[k])]);
}
