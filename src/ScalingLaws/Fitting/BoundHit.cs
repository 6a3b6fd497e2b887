namespace ScalingLaws.Fitting;

/// <summary>Whether a fitted parameter ended on one of its bounds (then its value is the bound's, not the data's).</summary>
public enum BoundHit
{
    None,
    Lower,
    Upper,
}
