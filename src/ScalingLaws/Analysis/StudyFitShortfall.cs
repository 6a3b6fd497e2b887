namespace ScalingLaws.Analysis;

/// <summary>What a study's rows lack for a law fit, found before fitting (<see cref="StudyLawFit.Shortfall"/>).</summary>
public enum StudyFitShortfall
{
    /// <summary>Fewer rows than the law has free parameters.</summary>
    TooFewRows,
    /// <summary>One model size, so A and alpha cannot be identified.</summary>
    OneModelSize,
    /// <summary>One token count, so B and beta cannot be identified.</summary>
    OneTokenCount,
}
