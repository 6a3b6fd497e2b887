namespace ScalingLaws.Planning;

/// <summary>
/// The compute-optimal exponent a two ways: Approach 2 (IsoFLOP parabolas) and Approach 3 (the fitted
/// parametric law). When their 95% intervals do not overlap, the data and the law disagree about the
/// frontier, and neither number should be quoted alone.
/// </summary>
public sealed record ExponentComparison(ExponentEstimate Approach2, ExponentEstimate Approach3)
{
    /// <summary>Whether both intervals exist and do not overlap.</summary>
    public bool Disagree => Approach2.HasInterval && Approach3.HasInterval
        && (Approach2.Upper < Approach3.Lower || Approach3.Upper < Approach2.Lower);

    /// <summary>One line saying how they disagree; null when they do not.</summary>
    public string? Warning => Disagree
        ? $"Approach 2 and Approach 3 disagree: a = {Approach2} from the IsoFLOP profiles against {Approach3} from the fitted law; the 95% intervals do not overlap."
        : null;
}
