namespace ScalingLaws.Planning;

/// <summary>
/// The runs are not an IsoFLOP design, so Approach 2 has nothing to fit a parabola to: the parametric
/// fit (Approach 3) is the way to the compute-optimal exponent. <see cref="Reason"/> says what is missing.
/// </summary>
public sealed class IsoFlopDesignException(string source, string reason) : ScalingLawsException(
    $"{source}: Approach 2 cannot be applied to this design: {reason}. Fit the parametric law instead (Approach 3).")
{
    /// <summary>The table, for messages.</summary>
    public string TableSource { get; } = source;

    /// <summary>Why the rows are not an IsoFLOP design.</summary>
    public string Reason { get; } = reason;
}
