namespace ScalingLaws.Estimation.Findings;

/// <summary>The thresholds the findings are judged by, and the fit every study uses.</summary>
public sealed record FindingsSettings
{
    /// <summary>The fit of every cell; the study's least squares by default.</summary>
    public EstimationMethod Method { get; init; } = EstimationMethod.LeastSquares;

    /// <summary>Told of each finished training window of every study the findings run; null by default.</summary>
    public IProgress<WorkProgress>? Progress { get; init; }

    /// <summary>The token cut whose effect is measured (the paper's 10B).</summary>
    public double MinTokens { get; init; } = EvaluationSettings.GuideMinTokens;

    /// <summary>The number of models the paper calls "a safe bet".</summary>
    public int SuggestedModels { get; init; } = 5;

    /// <summary>k = <see cref="SuggestedModels"/> is "enough" when its error is within this many percentage points of the best k's.</summary>
    public double EnoughWithinPoints { get; init; } = 2.0;

    /// <summary>The target fractions p_t tried when the target is partly trained.</summary>
    public IReadOnlyList<double> TargetFractions { get; init; } = [0.1, 0.2, 0.3, 0.5];

    /// <summary>The error a partly trained target should reach (a fraction).</summary>
    public double GoodAre { get; init; } = 0.05;

    /// <summary>The paper's claim: training the target to about this fraction suffices.</summary>
    public double ClaimedTargetFraction { get; init; } = 0.3;
}
