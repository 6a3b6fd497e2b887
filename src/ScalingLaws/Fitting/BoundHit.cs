namespace ScalingLaws.Fitting;

/// <summary>Whether a fitted parameter ended on one of its bounds (then its value is the bound's, not the data's).</summary>
public enum BoundHit
{
    /// <summary>Inside its bounds.</summary>
    None,
    /// <summary>On its lower bound.</summary>
    Lower,
    /// <summary>On its upper bound.</summary>
    Upper,
}
