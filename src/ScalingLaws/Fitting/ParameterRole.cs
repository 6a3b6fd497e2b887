namespace ScalingLaws.Fitting;

/// <summary>Whether a parameter varied in the fit, was held fixed, or followed another parameter.</summary>
public enum ParameterRole
{
    /// <summary>Fitted.</summary>
    Free,
    /// <summary>Held at a given value.</summary>
    Fixed,
    /// <summary>Equal to another parameter.</summary>
    Tied,
}
