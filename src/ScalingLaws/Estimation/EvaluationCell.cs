namespace ScalingLaws.Estimation;

/// <summary>
/// One cell of a study: which models trained on how much of their runs, and how far the fitted law
/// misses the target's held-out checkpoints.
/// </summary>
public sealed record EvaluationCell
{
    /// <summary>The number of model sizes asked for (1 in the one-model variant).</summary>
    public required int K { get; init; }

    /// <summary>The fraction p of the run the training window reaches.</summary>
    public required double Fraction { get; init; }

    /// <summary>The distinct sizes actually present in the training rows, smallest first (fewer than K when a window is empty for some size).</summary>
    public required ImmutableArray<double> Sizes { get; init; }

    /// <summary>In the one-model variant, the model trained on; otherwise null.</summary>
    public string? TrainModel { get; init; }

    /// <summary>Rows in the training window.</summary>
    public required int TrainRows { get; init; }

    /// <summary>Whether the cell was fitted and scored.</summary>
    public required CellStatus Status { get; init; }

    /// <summary>The mean absolute relative error |L − L̂|/L over the test rows, as a fraction; NaN unless <see cref="Status"/> is Ok.</summary>
    public double Are { get; init; } = double.NaN;

    /// <summary>Why the cell is not Ok, or what was done to make it fit (an exponent held at its bound).</summary>
    public string? Reason { get; init; }

    /// <summary>The fitted law, when there is one.</summary>
    public FitResult? Fit { get; init; }

    /// <summary>Sizes present in the training rows.</summary>
    public int Models => Sizes.Length;

    /// <summary>
    /// True when two sizes fitted E, A and α all free (none held, none on a bound): two sizes fix only two combinations of the
    /// three, so the fit lies on a ridge of equally good optima and the target's prediction depends
    /// on where the optimiser stopped (the full and the thinned start grids disagree by tens of points).
    /// </summary>
    public bool OnRidge =>
        Status == CellStatus.Ok && Models == 2 && Fit is { } fit &&
        new[] { ChinchillaLaw.E, ChinchillaLaw.A, ChinchillaLaw.Alpha }.All(j => fit.Roles[j] != ParameterRole.Fixed && fit.Estimates[j].Bound == BoundHit.None);
}
