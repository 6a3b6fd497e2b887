namespace ScalingLaws.Fitting;

/// <summary>
/// A scaling-law fit from which no start converged. <see cref="Finding"/> is what happened, without the remedy the message
/// ends with: a caller that runs fits of its own design (the estimation study, whose cells take no --fix) reports the finding alone.
/// </summary>
public sealed class FitDidNotConverge(string finding, Wording message) : ScalingLawsException(message)
{
    /// <summary>What happened: how many starts, and how each ended.</summary>
    public string Finding { get; } = finding;
}
