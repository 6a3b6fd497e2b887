namespace ScalingLaws.Estimation;

/// <summary>
/// The training-set rule and fit of a study. The defaults are the Hitchhiker's guide's: least
/// squares from Muennighoff's start, checkpoints above 10B tokens, p = 0.1 … 1.0, every k.
/// </summary>
public sealed record EvaluationSettings
{
    /// <summary>The test set is the target's checkpoints with tokens ≥ this fraction of its last (the last 30 %).</summary>
    public const double TestStart = 0.7;

    /// <summary>
    /// The guide's early cut (Choshen et al. 2024): checkpoints up to 10B tokens, where warm-up and the early high-loss
    /// phase distort the law, are not fitted. The default of every setting that cuts early checkpoints.
    /// </summary>
    public const double GuideMinTokens = 10e9;

    /// <summary>The fewest model sizes a cell trains on.</summary>
    public const int MinimumK = 2;

    /// <summary>The fractions p = 0.1, 0.2, …, 1.0 of the guide.</summary>
    public static IReadOnlyList<double> StudyFractions { get; } = [.. Enumerable.Range(1, 10).Select(i => i / 10.0)];

    /// <summary>How each cell's law is fitted.</summary>
    public EstimationMethod Method { get; init; } = EstimationMethod.LeastSquares;

    /// <summary>Keep checkpoints with strictly more tokens than this; 0 keeps them all.</summary>
    public double MinTokens { get; init; } = GuideMinTokens;

    /// <summary>The fractions p of the run each training window reaches.</summary>
    public IReadOnlyList<double> Fractions { get; init; } = StudyFractions;

    /// <summary>Which k to run; null runs every k the family allows (see <see cref="EvaluationStudy.ModelCounts"/>).</summary>
    public IReadOnlyList<int>? ModelCounts { get; init; }

    /// <summary>Also train on the target's own checkpoints below this fraction of its run (and above <see cref="MinTokens"/>); null trains without them.</summary>
    public double? TargetFraction { get; init; }

    /// <summary>Predict the smallest model from the k largest instead of the largest from the k smallest.</summary>
    public bool ScaleDown { get; init; }

    /// <summary>Cells run in parallel on this many cores; each fit is single-threaded.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Told of each finished training window (for a progress bar); null by default.</summary>
    public IProgress<WorkProgress>? Progress { get; init; }

    internal void Validate()
    {
        if (!double.IsFinite(MinTokens) || MinTokens < 0)
            throw new ScalingLawsException($"minimum tokens {MinTokens:G3}: give 0 (keep every checkpoint) or a positive number such as 10B.");
        if (Fractions.Count == 0)
            throw new ScalingLawsException("no fractions p to evaluate; give at least one between 0 and 1.");
        foreach (var p in Fractions)
            CheckFraction(p, "fraction p");
        if (TargetFraction is { } target)
            CheckFraction(target, "target fraction");
        Parallelism.CheckDegree(MaxDegreeOfParallelism);
    }

    private static void CheckFraction(double p, string what)
    {
        if (!(p > 0 && p <= 1))
            throw new ScalingLawsException($"{what} {p:G4} is out of range; give a fraction of the run above 0 and at most 1, e.g. 0.3.");
    }
}
